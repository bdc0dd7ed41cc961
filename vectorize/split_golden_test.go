package vectorize

import (
	"slices"
	"testing"
)

// goldenRules are the English "Golden Rules" of sentence boundary
// detection from Pragmatic Segmenter (github.com/diasks2/pragmatic_segmenter,
// MIT licence, Copyright (c) 2015 Kevin S. Dias), as pySBD's test suite
// (github.com/nipunsadvilkar/pySBD, tests/lang/test_english.py) lists them:
// abbreviations, initials, numbers, e-mail addresses and URLs, quotes,
// parentheses, lists and ellipses. pySBD itself expects to fail the
// "At 5 a.m. Mr. Smith" case.
var goldenRules = []struct {
	text string
	want []string
}{
	{"Hello World. My name is Jonas.",
		[]string{"Hello World.", "My name is Jonas."}},
	{"What is your name? My name is Jonas.",
		[]string{"What is your name?", "My name is Jonas."}},
	{"There it is! I found it.",
		[]string{"There it is!", "I found it."}},
	{"My name is Jonas E. Smith.",
		[]string{"My name is Jonas E. Smith."}},
	{"Please turn to p. 55.",
		[]string{"Please turn to p. 55."}},
	{"Were Jane and co. at the party?",
		[]string{"Were Jane and co. at the party?"}},
	{"They closed the deal with Pitt, Briggs & Co. at noon.",
		[]string{"They closed the deal with Pitt, Briggs & Co. at noon."}},
	{"Let's ask Jane and co. They should know.",
		[]string{"Let's ask Jane and co.", "They should know."}},
	{"They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
		[]string{"They closed the deal with Pitt, Briggs & Co.", "It closed yesterday."}},
	{"I can see Mt. Fuji from here.",
		[]string{"I can see Mt. Fuji from here."}},
	{"St. Michael's Church is on 5th st. near the light.",
		[]string{"St. Michael's Church is on 5th st. near the light."}},
	{"That is JFK Jr.'s book.",
		[]string{"That is JFK Jr.'s book."}},
	{"I visited the U.S.A. last year.",
		[]string{"I visited the U.S.A. last year."}},
	{"I live in the E.U. How about you?",
		[]string{"I live in the E.U.", "How about you?"}},
	{"I live in the U.S. How about you?",
		[]string{"I live in the U.S.", "How about you?"}},
	{"I work for the U.S. Government in Virginia.",
		[]string{"I work for the U.S. Government in Virginia."}},
	{"I have lived in the U.S. for 20 years.",
		[]string{"I have lived in the U.S. for 20 years."}},
	{"At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.",
		[]string{"At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."}},
	{"She has $100.00 in her bag.",
		[]string{"She has $100.00 in her bag."}},
	{"She has $100.00. It is in her bag.",
		[]string{"She has $100.00.", "It is in her bag."}},
	{"He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
		[]string{"He teaches science (He previously worked for 5 years as an engineer.) at the local University."}},
	{"Her email is Jane.Doe@example.com. I sent her an email.",
		[]string{"Her email is Jane.Doe@example.com.", "I sent her an email."}},
	{"The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.",
		[]string{"The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."}},
	{"She turned to him, 'This is great.' she said.",
		[]string{"She turned to him, 'This is great.' she said."}},
	{"She turned to him, \"This is great.\" she said.",
		[]string{"She turned to him, \"This is great.\" she said."}},
	{"She turned to him, \"This is great.\" She held the book out to show him.",
		[]string{"She turned to him, \"This is great.\"", "She held the book out to show him."}},
	{"Hello!! Long time no see.",
		[]string{"Hello!!", "Long time no see."}},
	{"Hello?? Who is there?",
		[]string{"Hello??", "Who is there?"}},
	{"Hello!? Is that you?",
		[]string{"Hello!?", "Is that you?"}},
	{"Hello?! Is that you?",
		[]string{"Hello?!", "Is that you?"}},
	{"1.) The first item 2.) The second item",
		[]string{"1.) The first item", "2.) The second item"}},
	{"1.) The first item. 2.) The second item.",
		[]string{"1.) The first item.", "2.) The second item."}},
	{"1) The first item 2) The second item",
		[]string{"1) The first item", "2) The second item"}},
	{"1) The first item. 2) The second item.",
		[]string{"1) The first item.", "2) The second item."}},
	{"1. The first item 2. The second item",
		[]string{"1. The first item", "2. The second item"}},
	{"1. The first item. 2. The second item.",
		[]string{"1. The first item.", "2. The second item."}},
	{"• 9. The first item • 10. The second item",
		[]string{"• 9. The first item", "• 10. The second item"}},
	{"⁃9. The first item ⁃10. The second item",
		[]string{"⁃9. The first item", "⁃10. The second item"}},
	{"a. The first item b. The second item c. The third list item",
		[]string{"a. The first item", "b. The second item", "c. The third list item"}},
	{"You can find it at N°. 1026.253.553. That is where the treasure is.",
		[]string{"You can find it at N°. 1026.253.553.", "That is where the treasure is."}},
	{"She works at Yahoo! in the accounting department.",
		[]string{"She works at Yahoo! in the accounting department."}},
	{"We make a good team, you and I. Did you see Albert I. Jones yesterday?",
		[]string{"We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"}},
	{"Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”",
		[]string{"Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”"}},
	{"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
		[]string{"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."}},
	{"If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.",
		[]string{"If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .", "Next sentence."}},
	{"I never meant that.... She left the store.",
		[]string{"I never meant that....", "She left the store."}},
	{"I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
		[]string{"I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."}},
	{"One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .",
		[]string{"One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.", ". . . The practice was not abandoned. . . ."}},
}

func TestSplitGoldenRules(t *testing.T) {
	passed := 0
	for i, c := range goldenRules {
		var got []string
		for _, s := range Split(0, c.text) {
			got = append(got, s.Text)
		}
		if slices.Equal(got, c.want) {
			passed++
			continue
		}
		t.Errorf("rule %d: Split(%q)\n got %q\nwant %q", i+1, c.text, got, c.want)
	}
	t.Logf("%d of %d Golden Rules", passed, len(goldenRules))
}
