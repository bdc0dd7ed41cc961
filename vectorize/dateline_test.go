package vectorize

import "testing"

// TestDatelines: datelines are cut off the sentence they start, in the
// forms wires write them, and phrases that only look alike are kept.
func TestDatelines(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"WASHINGTON (AP) — The talks went on.", "The talks went on."},
		{"WASHINGTON, D.C. — U.S. planners met.", "U.S. planners met."},
		{"LONDON - The vote was close.", "The vote was close."},
		// A region or country after a comma; '_' as the dash (DUC 2004).
		{"NAIROBI, Kenya (AP) _ FBI agents arrived.", "FBI agents arrived."},
		{"PARIS, France (AFP) - The minister said.", "The minister said."},
		{"SEOUL, South Korea — North Korea fired.", "North Korea fired."},
		{"AUSTIN, Texas — The governor signed it.", "The governor signed it."},
		{"LONDON, England, Dec. 1 (Reuters) - Shares fell.", "Shares fell."},
		// Not datelines: no comma before the words in lower case, no dash.
		{"NATO Secretary General Mark Rutte - He spoke.", "NATO Secretary General Mark Rutte - He spoke."},
		{"LONDON, England's Parliament voted.", "LONDON, England's Parliament voted."},
		{"NAIROBI, Kenya (AP) _ and then.", "NAIROBI, Kenya (AP) _ and then."},
	} {
		s := trimPrefix(Sentence{Text: c.in})
		if s.Text != c.want || s.Start != len(c.in)-len(c.want) {
			t.Errorf("%q → %q (start %d), want %q", c.in, s.Text, s.Start, c.want)
		}
	}
}
