package paraphrase

import "github.com/concordsum/concord/summarize/internal/wordvec"

// dot4 sets out[k] to dot32(a, the k-th of b, c, d, e) for four vectors
// of wordvec.Dims components: the same bits (four lanes of SSE, lane k
// summing the products of the components k mod 4 as dot32's sum k does,
// then (s0+s1)+(s2+s3)), four vectors a call. In dot_amd64.s.
//
//go:noescape
func dot4asm(a, b, c, d, e *float32, out *[4]float32)

// The assembly reads 100 components.
const _ = uint(wordvec.Dims-100) + uint(100-wordvec.Dims)

func dot4(a, b, c, d, e []float32, out *[4]float32) {
	_, _, _, _, _ = a[wordvec.Dims-1], b[wordvec.Dims-1], c[wordvec.Dims-1], d[wordvec.Dims-1], e[wordvec.Dims-1]
	dot4asm(&a[0], &b[0], &c[0], &d[0], &e[0], out)
}

// addScaled adds r·float64(x[k]) to sum[k] for the wordvec.Dims
// components: two at a time in SSE (CVTPS2PD, MULPD, ADDPD), each
// component rounded as the plain loop rounds it. In dot_amd64.s.
//
//go:noescape
func addScaledAsm(sum *float64, r float64, x *float32)

func addScaled(sum []float64, r float64, x []float32) {
	_, _ = sum[wordvec.Dims-1], x[wordvec.Dims-1]
	addScaledAsm(&sum[0], r, &x[0])
}
