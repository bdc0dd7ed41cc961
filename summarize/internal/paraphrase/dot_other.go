//go:build !amd64

package paraphrase

// dot4 sets out[k] to dot32(a, the k-th of b, c, d, e).
func dot4(a, b, c, d, e []float32, out *[4]float32) {
	out[0], out[1] = dot32x2(a, b, c)
	out[2], out[3] = dot32x2(a, d, e)
}

// addScaled adds r·float64(x[k]) to sum[k] for each component.
func addScaled(sum []float64, r float64, x []float32) {
	for k, v := range x {
		sum[k] += r * float64(v)
	}
}
