package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"
)

// A workload is one input, given to both programs.
type workload struct {
	name          string
	concord, peer []string // command lines
	lines         int      // output lines each must write (0: any output)
}

// A sample is what one run of a program took.
type sample struct {
	wall, cpu time.Duration
	peak      int64 // peak resident memory, bytes (0: unknown)
}

type result struct {
	concord, peer []sample
}

// measure runs the two programs once each to warm up, then n times each
// in turn, alternating which goes first.
func (w workload) measure(n int) (result, error) {
	out, err := os.CreateTemp("", "concord-vs-textrank-out-")
	if err != nil {
		return result{}, err
	}
	defer os.Remove(out.Name())
	defer out.Close()
	var res result
	for i := -1; i < n; i++ {
		first, second := w.concord, w.peer
		if i%2 != 0 {
			first, second = second, first
		}
		a, err := runOnce(first, out, w.lines)
		if err != nil {
			return result{}, err
		}
		b, err := runOnce(second, out, w.lines)
		if err != nil {
			return result{}, err
		}
		if i < 0 {
			continue // the warm-up
		}
		if i%2 != 0 {
			a, b = b, a
		}
		res.concord = append(res.concord, a)
		res.peer = append(res.peer, b)
	}
	return res, nil
}

// runOnce runs the command line args with its output to out (emptied
// first) and checks that it succeeded and wrote lines lines (with lines
// 0, something).
func runOnce(args []string, out *os.File, lines int) (sample, error) {
	if err := out.Truncate(0); err != nil {
		return sample{}, err
	}
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		return sample{}, err
	}
	cmd := exec.Command(args[0], args[1:]...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = out, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	name := filepath.Base(args[0])
	if err != nil {
		return sample{}, fmt.Errorf("%s: %v\n%s", name, err, stderr.Bytes())
	}
	data, err := os.ReadFile(out.Name())
	if err != nil {
		return sample{}, err
	}
	if len(data) == 0 {
		return sample{}, fmt.Errorf("%s wrote nothing: %w", name, errOutput)
	}
	if got := bytes.Count(data, []byte("\n")); lines > 0 && got != lines {
		return sample{}, fmt.Errorf("%s wrote %d lines, want %d: %w", name, got, lines, errOutput)
	}
	st := cmd.ProcessState
	return sample{wall: wall, cpu: st.UserTime() + st.SystemTime(), peak: peakRSS(st)}, nil
}

// median returns the median of xs (the mean of the middle two for an
// even count).
func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// figures returns the medians of wall and CPU seconds and peak MB.
func figures(runs []sample) (wall, cpu, peakMB float64) {
	var w, c, p []float64
	for _, r := range runs {
		w = append(w, r.wall.Seconds())
		c = append(c, r.cpu.Seconds())
		p = append(p, float64(r.peak)/1e6)
	}
	return median(w), median(c), median(p)
}

// ratios returns the medians of the ratios peer/concord of the runs made
// in turn, for wall and CPU time, with the smallest and largest wall
// ratio.
func (r result) ratios() (wall, cpu, lo, hi float64) {
	var w, c []float64
	for i := range r.concord {
		w = append(w, r.peer[i].wall.Seconds()/r.concord[i].wall.Seconds())
		c = append(c, r.peer[i].cpu.Seconds()/r.concord[i].cpu.Seconds())
	}
	s := append([]float64(nil), w...)
	sort.Float64s(s)
	return median(w), median(c), s[0], s[len(s)-1]
}

func (r result) print(w io.Writer, name string) {
	fmt.Fprintf(w, "%s (medians of %d runs each, in turn)\n", name, len(r.concord))
	fmt.Fprintf(w, "  %-8s %8s %8s %9s\n", "", "wall s", "cpu s", "peak MB")
	for _, p := range []struct {
		name string
		runs []sample
	}{{"concord", r.concord}, {"peer", r.peer}} {
		wall, cpu, peak := figures(p.runs)
		fmt.Fprintf(w, "  %-8s %8.3f %8.3f %9.1f\n", p.name, wall, cpu, peak)
	}
	wall, cpu, lo, hi := r.ratios()
	fmt.Fprintf(w, "  peer/concord: wall %.2f× (runs %.2f–%.2f), cpu %.2f×\n", wall, lo, hi, cpu)
}
