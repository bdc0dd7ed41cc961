package main

import (
	"fmt"
	"sort"

	"github.com/concordsum/concord/summarize/rouge"
)

// A sysRun is one system's summaries: lines[t] is the summary of topic t
// (nil when the system has none for it).
type sysRun struct {
	name  string
	lines [][]string
}

// scored holds one system's ROUGE results: per-topic results in topic
// order, and per-measure aggregates over the topics it summarised.
type scored struct {
	name    string
	topics  []int // topics scored, increasing
	results []rouge.Result
	avg     map[string]rouge.Summary
}

// scoreRuns scores every run against refs (refs[t] holds topic t's
// references) with opt, in parallel, and aggregates each measure over the
// topics as ROUGE-1.5.5 does: per-topic scores in the order ROUGE sorts
// its evaluations ("<topic>.<system>", bytewise), so that the averages
// are those ROUGE-1.5.5 prints (the mean of the bootstrap resample means).
func scoreRuns(runs []sysRun, topicNames []string, refs [][][]string, opt rouge.Options, boot rouge.Bootstrap, prog *progress) ([]scored, error) {
	type job struct{ r, t int }
	var jobs []job
	for r, rn := range runs {
		for t := range topicNames {
			if t < len(rn.lines) && rn.lines[t] != nil {
				jobs = append(jobs, job{r, t})
			}
		}
	}
	res := make([]rouge.Result, len(jobs))
	err := parallel(len(jobs), func(i int) error {
		j := jobs[i]
		out, err := rouge.Evaluate(runs[j.r].lines[j.t], refs[j.t], opt)
		if err != nil {
			return fmt.Errorf("%s, %s: %v", runs[j.r].name, topicNames[j.t], err)
		}
		res[i] = out
		if prog != nil {
			prog.step()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	out := make([]scored, len(runs))
	for r := range runs {
		out[r] = scored{name: runs[r].name, avg: map[string]rouge.Summary{}}
	}
	for i, j := range jobs {
		out[j.r].topics = append(out[j.r].topics, j.t)
		out[j.r].results = append(out[j.r].results, res[i])
	}
	for r := range out {
		out[r].aggregate(topicNames, boot)
	}
	return out, nil
}

// aggregate fills s.avg for every measure of the results.
func (s *scored) aggregate(topicNames []string, boot rouge.Bootstrap) {
	s.avg = map[string]rouge.Summary{}
	if len(s.results) == 0 {
		return
	}
	order := make([]int, len(s.topics))
	for i := range order {
		order[i] = i
	}
	key := func(i int) string { return topicNames[s.topics[i]] + "." + s.name }
	sort.SliceStable(order, func(a, b int) bool { return key(order[a]) < key(order[b]) })
	for _, m := range s.results[0].Metrics {
		scores := make([]rouge.Score, 0, len(order))
		for _, i := range order {
			ms, _ := s.results[i].Metric(m.Name)
			scores = append(scores, ms.Score)
		}
		s.avg[m.Name] = rouge.Aggregate(scores, boot)
	}
}

// subset returns s restricted to the topics for which keep is true, with
// aggregates recomputed.
func (s scored) subset(topicNames []string, keep func(t int) bool, boot rouge.Bootstrap) scored {
	out := scored{name: s.name}
	for i, t := range s.topics {
		if keep(t) {
			out.topics = append(out.topics, t)
			out.results = append(out.results, s.results[i])
		}
	}
	out.aggregate(topicNames, boot)
	return out
}
