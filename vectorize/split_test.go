package vectorize

import (
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// splitTexts returns the texts of Split(0, text).
func splitTexts(text string) []string {
	var out []string
	for _, s := range Split(0, text) {
		out = append(out, s.Text)
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		// Abbreviations.
		{"US end of sentence", "He moved to the U.S. The move was hard.",
			[]string{"He moved to the U.S.", "The move was hard."}},
		{"US mid sentence", "The U.S. and the U.K. signed it in Washington, D.C. on Monday. Then they left.",
			[]string{"The U.S. and the U.K. signed it in Washington, D.C. on Monday.", "Then they left."}},
		{"US before proper noun", "U.S. Air Force General Alexus Grynkewich will present. He spoke.",
			[]string{"U.S. Air Force General Alexus Grynkewich will present.", "He spoke."}},
		{"DC dash", "WASHINGTON, D.C. — U.S. and European military planners met. They talked.",
			[]string{"WASHINGTON, D.C. — U.S. and European military planners met.", "They talked."}},
		{"UN", "The U.N. Security Council met. The U.N. secretary-general spoke.",
			[]string{"The U.N. Security Council met.", "The U.N. secretary-general spoke."}},
		{"US-led", "It was a U.S.-led effort. It worked.",
			[]string{"It was a U.S.-led effort.", "It worked."}},
		{"eg ie", "Use tools, e.g. Hammers and saws, i.e. the usual ones. Fine.",
			[]string{"Use tools, e.g. Hammers and saws, i.e. the usual ones.", "Fine."}},
		{"etc lower", "Bring pens, paper, etc. and a ruler.",
			[]string{"Bring pens, paper, etc. and a ruler."}},
		{"etc end", "We bought pens, paper, etc. The rest was free.",
			[]string{"We bought pens, paper, etc.", "The rest was free."}},
		{"titles", "Gen. Smith met Sen. Jones, Rep. Brown and Gov. Lee. They talked.",
			[]string{"Gen. Smith met Sen. Jones, Rep. Brown and Gov. Lee.", "They talked."}},
		{"ranks", "Lt. Col. John Smith and Sgt. Maj. Brown met Capt. Lee and Adm. Ray.",
			[]string{"Lt. Col. John Smith and Sgt. Maj. Brown met Capt. Lee and Adm. Ray."}},
		{"Mr Mrs Ms Dr Prof", "Mr. and Mrs. Smith met Ms. Jones, Dr. Who and Prof. Brown. It was fun.",
			[]string{"Mr. and Mrs. Smith met Ms. Jones, Dr. Who and Prof. Brown.", "It was fun."}},
		{"Dr The", "He saw Dr. The doctor was late.",
			[]string{"He saw Dr. The doctor was late."}},
		{"St Jr Sr", "Prof. Brown lives on St. Mark's Place. Martin Luther King Jr. Day is near. Sammy Davis Sr. sang.",
			[]string{"Prof. Brown lives on St. Mark's Place.", "Martin Luther King Jr. Day is near.", "Sammy Davis Sr. sang."}},
		{"Inc Corp Ltd Co", "Apple Inc. reported a profit. Acme Corp. and Foo Ltd. merged with Bar Co. yesterday. He joined Apple Inc. The company grew.",
			[]string{"Apple Inc. reported a profit.", "Acme Corp. and Foo Ltd. merged with Bar Co. yesterday.", "He joined Apple Inc.", "The company grew."}},
		{"vs", "It was Smith vs. Jones. It ended.",
			[]string{"It was Smith vs. Jones.", "It ended."}},
		{"No 5", "He lives at No. 5 Baker Street. No. The answer was no.",
			[]string{"He lives at No. 5 Baker Street.", "No.", "The answer was no."}},
		{"months", "On Jan. 5 and Feb. 20, and on Aug. 3 and Sept. 30, they met. The monitoring ended Sept. 30. Officials said so.",
			[]string{"On Jan. 5 and Feb. 20, and on Aug. 3 and Sept. 30, they met.", "The monitoring ended Sept. 30.", "Officials said so."}},
		{"states", "He lives in Palo Alto, Calif. For his part, he is happy. She lives in Springfield, Ill. and works there.",
			[]string{"He lives in Palo Alto, Calif.", "For his part, he is happy.", "She lives in Springfield, Ill. and works there."}},
		{"all caps", "MR. SMITH MET THE U.S. ENVOY. THE END.",
			[]string{"MR. SMITH MET THE U.S. ENVOY.", "THE END."}},
		{"Hun Sen", "Threats came from strongman Hun Sen. Hun Sen complained Monday. Hun Sen's party won.",
			[]string{"Threats came from strongman Hun Sen.", "Hun Sen complained Monday.", "Hun Sen's party won."}},
		{"Sen title kept", "Sen. Smith spoke. Sen. Jones replied.",
			[]string{"Sen. Smith spoke.", "Sen. Jones replied."}},
		{"Rep initials paren", "Ken Johnson, an aide to Rep. W.J. (Billy) Tauzin, R-La., said so. Fine.",
			[]string{"Ken Johnson, an aide to Rep. W.J. (Billy) Tauzin, R-La., said so.", "Fine."}},
		{"state acronym before quote", "said Rep. Jerrold Nadler, D-N.Y. ``We're lowering the standards.''",
			[]string{"said Rep. Jerrold Nadler, D-N.Y.", "``We're lowering the standards.''"}},
		{"Ph.D.", "She has a Ph.D. in physics. He does not.",
			[]string{"She has a Ph.D. in physics.", "He does not."}},

		// Initials.
		{"initials", "J. R. R. Tolkien wrote it. George W. Bush read it. Michael A. Young agreed.",
			[]string{"J. R. R. Tolkien wrote it.", "George W. Bush read it.", "Michael A. Young agreed."}},
		{"initial at end", "They chose Plan B. The first plan failed.",
			[]string{"They chose Plan B.", "The first plan failed."}},

		// Numbers.
		{"decimals", "Pi is 3.14 and the deal is worth $2.5 billion. Version 1.2.3 shipped in v2.0.1 form.",
			[]string{"Pi is 3.14 and the deal is worth $2.5 billion.", "Version 1.2.3 shipped in v2.0.1 form."}},
		{"number end", "The war ended in 1975. In Madrid, he was arrested. He was 22. ``I'm proud,'' he said.",
			[]string{"The war ended in 1975.", "In Madrid, he was arrested.", "He was 22.", "``I'm proud,'' he said."}},
		{"times", "We met at 10:30 a.m. on Monday. The talks ended at 5 p.m. The press left at 6 p.m. Tuesday.",
			[]string{"We met at 10:30 a.m. on Monday.", "The talks ended at 5 p.m.", "The press left at 6 p.m. Tuesday."}},
		{"time then capitalised word", "He left at 9 a.m. Travelers stayed. It ends at 6 p.m. EST on Friday. Talks began at 5 P.M. Moscow time. The vote is at 2 p.m. March 3. Trading closed at 4 p.m. Eastern time.",
			[]string{"He left at 9 a.m.", "Travelers stayed.", "It ends at 6 p.m. EST on Friday.", "Talks began at 5 P.M. Moscow time.", "The vote is at 2 p.m. March 3.", "Trading closed at 4 p.m. Eastern time."}},
		{"rupees", "I will be paid Rs. 3520 and rs. 1000 later. It costs 500 Rs. The rest is free.",
			[]string{"I will be paid Rs. 3520 and rs. 1000 later.", "It costs 500 Rs.", "The rest is free."}},
		{"money", "Shares rose $1.6875, or 2.3 percent, to $74.375. Shares of Mobil fell.",
			[]string{"Shares rose $1.6875, or 2.3 percent, to $74.375.", "Shares of Mobil fell."}},
		{"number sentence start", "Sales fell in 2019. 2020 was better.",
			[]string{"Sales fell in 2019.", "2020 was better."}},

		// Ellipses.
		{"ellipsis lower", "“When it comes to security, we help, probably, … by air because nobody has stuff we have.” Trump did not elaborate further.",
			[]string{"“When it comes to security, we help, probably, … by air because nobody has stuff we have.”", "Trump did not elaborate further."}},
		{"ellipsis dots lower", "He went ... by air because he could. Fine.",
			[]string{"He went ... by air because he could.", "Fine."}},
		{"ellipsis upper", "He waited... Then he left. She waited… She left.",
			[]string{"He waited...", "Then he left.", "She waited…", "She left."}},
		{"ellipsis detached name", "Bin Laden is not a sinful man ... America has been silent.",
			[]string{"Bin Laden is not a sinful man ... America has been silent."}},
		{"ellipsis period", "Leaders come and go. ... They even get sacked.",
			[]string{"Leaders come and go. ...", "They even get sacked."}},
		{"four dots", "I never meant that.... She left the store.",
			[]string{"I never meant that....", "She left the store."}},
		{"spaced ellipsis", "One habit was weakened . . . was that of combining words into compounds. . . . The practice was not abandoned. . . .",
			// As the Golden Rules have it: the period ends the sentence,
			// the ellipsis opens the next.
			[]string{"One habit was weakened . . . was that of combining words into compounds.", ". . . The practice was not abandoned. . . ."}},
		{"leading ellipsis", "… they don’t have. Trump left.",
			[]string{"… they don’t have.", "Trump left."}},
		{"bracket ellipsis", "\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55).",
			[]string{"\"Bohr [...] used the analogy of parallel stairways [...]\" (Smith 55)."}},

		// E-mail addresses, URLs, file names.
		{"email url file", "Write to john.doe@example.com for details. Visit https://example.com/a.b?c=d or www.reuters.com now. See example.org. Open report.pdf today.",
			[]string{"Write to john.doe@example.com for details.", "Visit https://example.com/a.b?c=d or www.reuters.com now.", "See example.org.", "Open report.pdf today."}},
		{"url end", "The site is www.reuters.com. It is fast.",
			[]string{"The site is www.reuters.com.", "It is fast."}},

		// Lists.
		{"numbered lines", "Steps follow.\n1. First item\n2. Second item.\n10. Tenth item",
			[]string{"Steps follow.", "1. First item", "2. Second item.", "10. Tenth item"}},
		{"inline list", "1. The first item. 2. The second item.",
			[]string{"1. The first item.", "2. The second item."}},
		{"inline list after sentences", "It began.\nWe met. Finally, this. 1. The first item 2. The second item 3. Hello",
			[]string{"It began.", "We met.", "Finally, this.", "1. The first item", "2. The second item", "3. Hello"}},
		{"lone number after a sentence", "It rose. 1. The rise was 2. percent.",
			[]string{"It rose.", "1. The rise was 2. percent."}},
		{"list with paren", "1.) The first item. 2.) The second item.",
			[]string{"1.) The first item.", "2.) The second item."}},
		{"letter list", "Options.\nA. First option\nB. Second option",
			[]string{"Options.", "A. First option", "B. Second option"}},
		{"roman list", "Contents.\nII. Methods are described here",
			[]string{"Contents.", "II. Methods are described here"}},
		{"bullets", "Points.\n- Category\n• Latest news",
			[]string{"Points.", "- Category", "• Latest news"}},

		// Quotes and brackets.
		{"quote stop", `He said "Stop." Then he left.`,
			[]string{`He said "Stop."`, "Then he left."}},
		{"paren", "(It was late.) We went home.",
			[]string{"(It was late.)", "We went home."}},
		{"paren inside", "He teaches science (He previously worked for 5 years as an engineer.) at the local University.",
			[]string{"He teaches science (He previously worked for 5 years as an engineer.) at the local University."}},
		{"curly quote", "“… they don’t have.” Trump did not elaborate further.",
			[]string{"“… they don’t have.”", "Trump did not elaborate further."}},
		{"question in quote", `"Why?" he asked. "Help!" she cried. Nobody came.`,
			[]string{`"Why?" he asked.`, `"Help!" she cried.`, "Nobody came."}},
		{"quotation of sentences", `"Dear, dear! How queer! I was the same." (Dinah was the cat.) “No. Yes,” he said. He left.`,
			[]string{`"Dear, dear! How queer! I was the same."`, "(Dinah was the cat.)", "“No. Yes,” he said.", "He left."}},
		{"unclosed quotation", "He said: “We stay. We fight. He left.",
			[]string{"He said: “We stay.", "We fight.", "He left."}},
		{"apostrophes are no quotation", "I wrote this in the 'nineties. It isn't long. Don't wait.",
			[]string{"I wrote this in the 'nineties.", "It isn't long.", "Don't wait."}},
		{"reopened curly quote", "“He’s already convicted himself. “In full view of the world,” Biden said.",
			[]string{"“He’s already convicted himself.", "“In full view of the world,” Biden said."}},
		{"quote inside sentence", "She turned to him, \"This is great.\" she said.",
			[]string{"She turned to him, \"This is great.\" she said."}},
		{"single quotes", "She turned to him, 'This is great.' She held the book.",
			[]string{"She turned to him, 'This is great.'", "She held the book."}},
		{"curly single", "He said ‘no.’ The end.",
			[]string{"He said ‘no.’", "The end."}},
		{"curly no", "He said “no.” The end.",
			[]string{"He said “no.”", "The end."}},
		{"DUC quotes", "``We advise it,'' the leaders wrote. ``At best it is fine.'' After a meeting, he left.",
			[]string{"``We advise it,'' the leaders wrote.", "``At best it is fine.''", "After a meeting, he left."}},
		{"DUC detached closer", "`An hour from now we hold a press conference.' '' ``The last time was bad.''",
			[]string{"`An hour from now we hold a press conference.' ''", "``The last time was bad.''"}},
		{"open quote after period", `He left. "We are done," she said.`,
			[]string{"He left.", `"We are done," she said.`}},
		{"abbrev then quote", "He lives in the U.S.” Trump said so.",
			[]string{"He lives in the U.S.”", "Trump said so."}},

		// Other punctuation.
		{"?! !!", "Really?! Yes!! Fine. What?? No!",
			[]string{"Really?!", "Yes!!", "Fine.", "What??", "No!"}},
		{"exclamation lower", "Yahoo! said it. Jeopardy! champion won.",
			[]string{"Yahoo! said it.", "Jeopardy! champion won."}},
		{"dashes", "He left—quickly. Then – slowly – he returned.",
			[]string{"He left—quickly.", "Then – slowly – he returned."}},
		{"DUC dash", "It was a proposal. _ Teams would get rights.",
			[]string{"It was a proposal.", "_ Teams would get rights."}},
		{"inline bullets", "The plan has parts. • The first part is money. • The second is time.",
			[]string{"The plan has parts.", "• The first part is money.", "• The second is time."}},
		{"interview", "Do you see any problems? A. Let me say right off that I don't. Q. Why are you skeptical?",
			[]string{"Do you see any problems?", "A. Let me say right off that I don't.", "Q. Why are you skeptical?"}},
		{"no space after period", "It ended.Next it began.",
			[]string{"It ended.Next it began."}},
		{"particle", "He has not applied for amnesty. de Klerk has said so. He met bin Laden. bin Laden left.",
			[]string{"He has not applied for amnesty.", "de Klerk has said so.", "He met bin Laden.", "bin Laden left."}},
		{"semicolon", "It rained; we stayed. Then it stopped.",
			[]string{"It rained; we stayed.", "Then it stopped."}},

		// Other languages.
		{"CJK", "我很好。你呢？很好！「好。」他说。",
			[]string{"我很好。", "你呢？", "很好！", "「好。」", "他说。"}},
		{"Japanese", "今日は晴れです。明日は雨でしょう。",
			[]string{"今日は晴れです。", "明日は雨でしょう。"}},
		{"German", "Am 3. Oktober 1990 wurde Deutschland vereinigt. Das war z.B. für Berlin gut. Im 19. Jahrhundert war es anders.",
			[]string{"Am 3. Oktober 1990 wurde Deutschland vereinigt.", "Das war z.B. für Berlin gut.", "Im 19. Jahrhundert war es anders."}},
		{"German quotes", "Er sagte: „Wir kommen.“ Dann ging er. Übermorgen kommt er wieder.",
			[]string{"Er sagte: „Wir kommen.“", "Dann ging er.", "Übermorgen kommt er wieder."}},
		{"German guillemets", "Er sagte: »Wir kommen.« Dann ging er.",
			[]string{"Er sagte: »Wir kommen.«", "Dann ging er."}},
		{"French", "M. Dupont est arrivé. Il est parti à 10 h. « C'est fini. » Élise a dit oui.",
			[]string{"M. Dupont est arrivé.", "Il est parti à 10 h.", "« C'est fini. »", "Élise a dit oui."}},
		{"Spanish", "¿Dónde está? ¡Aquí! El Sr. García llegó. Ángel también.",
			[]string{"¿Dónde está?", "¡Aquí!", "El Sr. García llegó.", "Ángel también."}},
		{"Russian", "Он пришёл. Она ушла.",
			[]string{"Он пришёл.", "Она ушла."}},

		// Degenerate input.
		{"empty", "", nil},
		{"spaces", " \t\n\r\n\u00a0\u200b\ufeff ", nil},
		{"dot", ".", []string{"."}},
		{"dots", "... !!! ???", []string{"... !!! ???"}},
		{"punct then sentence", "... The start.", []string{"... The start."}},
		{"space period", "Word . Next word .", []string{"Word .", "Next word ."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Split(3, tc.in)
			checkSplit(t, tc.in, 3, got)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text)
			}
			if !reflect.DeepEqual(texts, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.in, texts, tc.want)
			}
		})
	}
}

func TestSplitLines(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"line ends", "First one.\r\nSecond one.\rThird one.\fFourth one.\u2028Fifth one.\u2029Sixth one.\u0085Seventh one.\vEighth one.\nNinth one.",
			[]string{"First one.", "Second one.", "Third one.", "Fourth one.", "Fifth one.", "Sixth one.", "Seventh one.", "Eighth one.", "Ninth one."}},
		{"CRLF blank lines", "Body one.\r\n\r\nBody two.\r\n",
			[]string{"Body one.", "Body two."}},
		{"line break ends sentence", "It was written by the U.S.\nThe reply came soon.",
			[]string{"It was written by the U.S.", "The reply came soon."}},
		{"short line, lower-case sentence end", "It was a cold \nnight in the city.",
			[]string{"It was a cold \nnight in the city."}},
		{"short lower-case lines", "He wrote it.\nfeatures\ncontact manager\nevents, activities\n",
			[]string{"He wrote it.", "features", "contact manager", "events, activities"}},
		{"BOM", "\ufeffHello world. Bye now.", []string{"Hello world.", "Bye now."}},
		{"NBSP line", "Body one.\n\u00a0\nBody two.\n \u00a0 \u200b\nBody three.",
			[]string{"Body one.", "Body two.", "Body three."}},
		{"zero width", "\u200bHello there.\u200b \u2060Bye now.\u200b",
			[]string{"Hello there.", "Bye now."}},
		{"tabs", "\tIndented sentence.\t\n\t\tAnother one.  ",
			[]string{"Indented sentence.", "Another one."}},

		// Hard-wrapped paragraphs.
		{"wrapped lower", "This is a long hard-wrapped paragraph line that continues on\nthe next line and ends here. Another sentence starts\nhere and ends.",
			[]string{"This is a long hard-wrapped paragraph line that continues on\nthe next line and ends here.", "Another sentence starts\nhere and ends."}},
		{"wrapped upper", "The quick brown fox jumps over the lazy dog near the river\nBank of the old town, where it stays until the night ends.\nIt sleeps.",
			[]string{"The quick brown fox jumps over the lazy dog near the river\nBank of the old town, where it stays until the night ends.", "It sleeps."}},
		{"wrapped CRLF", "Body.\r\nThe committee said on Tuesday that the proposal would be\r\nconsidered next week.\r\n",
			[]string{"Body.", "The committee said on Tuesday that the proposal would be\r\nconsidered next week."}},
		{"wrapped three lines", "Body.\nEuropean and U.S. military planners are entering a critical\nstage of negotiations on how to guarantee Ukraine's long-term\nsecurity after the war. The talks continue.",
			[]string{"Body.", "European and U.S. military planners are entering a critical\nstage of negotiations on how to guarantee Ukraine's long-term\nsecurity after the war.", "The talks continue."}},
		{"abbreviation at line end", "He met with Sen.\nSmith yesterday and the U.S.\nmilitary was there.",
			[]string{"He met with Sen.\nSmith yesterday and the U.S.\nmilitary was there."}},
		{"ellipsis at line end", "He said they will go, probably, …\nby air because they can.",
			[]string{"He said they will go, probably, …\nby air because they can."}},
		{"colon not joined", "Body.\nHe suggested Washington could provide air support, saying:\n“When it comes to security, we help.” Trump did not elaborate.",
			[]string{"Body.", "He suggested Washington could provide air support, saying:", "“When it comes to security, we help.”", "Trump did not elaborate."}},
		{"junk after long line", "Body.\nThe article ends with a long line without any punctuation here\nPost a Comment\nPrevious Post Next Post",
			[]string{"Body.", "The article ends with a long line without any punctuation here", "Post a Comment", "Previous Post Next Post"}},
		{"short line upper not joined", "Body.\nShort line\nAnother short line",
			[]string{"Body.", "Short line", "Another short line"}},
		{"image name", "Body.\nThe caption of the picture is shown below this line\nimage-72b63a4e.jpeg",
			[]string{"Body.", "The caption of the picture is shown below this line", "image-72b63a4e.jpeg"}},
		{"image name dash", "Body text.\n-72b63a4e0c8c475ad81fe3eed3f63729.jpeg)",
			[]string{"Body text.", "-72b63a4e0c8c475ad81fe3eed3f63729.jpeg)"}},
		{"list after long line", "Body.\nThe following items were discussed at the meeting today\n- budget\n- staffing",
			[]string{"Body.", "The following items were discussed at the meeting today", "- budget", "- staffing"}},
		{"headline then body", "Body.\nUS and Europe Explore Post-War Security Guarantees for Ukraine Now\nOfficials said the talks would continue.",
			[]string{"Body.", "US and Europe Explore Post-War Security Guarantees for Ukraine Now", "Officials said the talks would continue."}},
		{"long line then long paragraph", "Body.\nThis line has no final punctuation and it is quite long indeed\nThe next line is a whole paragraph of a scraped page, which is far longer than any wrapped line would be, so the two lines are not joined.",
			[]string{"Body.", "This line has no final punctuation and it is quite long indeed", "The next line is a whole paragraph of a scraped page, which is far longer than any wrapped line would be, so the two lines are not joined."}},
		{"blank line separates", "Body.\nThis is a long paragraph line that does not end with punctuation\n\nthe next paragraph starts in lower case.",
			[]string{"Body.", "This is a long paragraph line that does not end with punctuation", "the next paragraph starts in lower case."}},
		{"hyphenated wrap", "Body.\nThe negotiations about the long-term secu-\nrity guarantees continue.",
			[]string{"Body.", "The negotiations about the long-term secu-\nrity guarantees continue."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Split(0, tc.in)
			checkSplit(t, tc.in, 0, got)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text)
			}
			if !reflect.DeepEqual(texts, tc.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tc.in, texts, tc.want)
			}
		})
	}
}

func TestSplitTitles(t *testing.T) {
	type sent struct {
		text  string
		title bool
	}
	tests := []struct {
		name string
		in   string
		want []sent
	}{
		{"section and headline",
			"Politics\nU.S. and Europe Plan Security for Ukraine Post-Conflict Amid Ongoing War\n\nWASHINGTON, D.C. — U.S. planners met. They talked.",
			[]sent{{"Politics", true}, {"U.S. and Europe Plan Security for Ukraine Post-Conflict Amid Ongoing War", true},
				{"WASHINGTON, D.C. — U.S. planners met.", false}, {"They talked.", false}}},
		{"junk lines on top",
			"- Category\n- Latest news\nUS and Europe Reportedly Explore Guarantees\n\nUS and European planners began. Trump pledged.",
			[]sent{{"- Category", true}, {"- Latest news", true}, {"US and Europe Reportedly Explore Guarantees", true},
				{"US and European planners began.", false}, {"Trump pledged.", false}}},
		{"colon title", "Select Language:\nHigh-ranking officials met. They talked.",
			[]sent{{"Select Language:", true}, {"High-ranking officials met.", false}, {"They talked.", false}}},
		{"NBSP and dateline",
			"Europe and U.S. Explore Guarantees\n\n\u00a0\n\n\nWashington/Brussels – August 20, 2025\n\nEuropean planners met.\n\nPost a Comment\n\nPrevious Post Next Post",
			[]sent{{"Europe and U.S. Explore Guarantees", true}, {"Washington/Brussels – August 20, 2025", true},
				{"European planners met.", false}, {"Post a Comment", false}, {"Previous Post Next Post", false}}},
		{"later lines are not titles", "Headline\n\nBody sentence.\n\nSubheading\n\nMore body.",
			[]sent{{"Headline", true}, {"Body sentence.", false}, {"Subheading", false}, {"More body.", false}}},
		{"first line body", "The first line is a sentence.\nShort line",
			[]sent{{"The first line is a sentence.", false}, {"Short line", false}}},
		{"long first line", "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone\nShort line",
			[]sent{{"one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone", false}, {"Short line", false}}},
		{"title with inner period", "Dr. No Returns. Again\nThe film opens today.",
			[]sent{{"Dr. No Returns. Again", true}, {"The film opens today.", false}}},
		{"title joined with lower", "Breaking news about the fire\nin the old town hall was reported today.",
			[]sent{{"Breaking news about the fire\nin the old town hall was reported today.", false}}},
		{"byline", "Ukraine Talks Enter a Critical Stage in Brussels\nby Jane Doe\n\nThe talks began.",
			[]sent{{"Ukraine Talks Enter a Critical Stage in Brussels", true}, {"by Jane Doe", true}, {"The talks began.", false}}},
		{"BOM title", "\ufeffPolitics\n\nBody.", []sent{{"Politics", true}, {"Body.", false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Split(1, tc.in)
			checkSplit(t, tc.in, 1, got)
			var gs []sent
			for _, s := range got {
				gs = append(gs, sent{s.Text, s.IsTitle})
			}
			if !reflect.DeepEqual(gs, tc.want) {
				t.Errorf("Split(%q)\n got %+v\nwant %+v", tc.in, gs, tc.want)
			}
		})
	}
}

func TestSplitSpans(t *testing.T) {
	text := "\ufeffTitle\r\n\r\n  He moved to the U.S. The move was hard.\u00a0\n"
	got := Split(7, text)
	want := []Sentence{
		{Doc: 7, Index: 0, Start: 3, End: 8, Text: "Title", IsTitle: true},
		{Doc: 7, Index: 1, Start: 14, End: 34, Text: "He moved to the U.S."},
		{Doc: 7, Index: 2, Start: 35, End: 53, Text: "The move was hard."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestSplitInvalidUTF8(t *testing.T) {
	for _, in := range []string{
		"\xff\xfe. Hello there.",
		"Bad \xe2\x80 bytes. More \xc2 here.\n\xe2\x80\n",
		"\xe2\x80\xa8\xe2\x80",
		"End.\xe2\x80\xa6 Next.",
		"Caf\xe9. Ol\xe9!",
		"\x00\x01. \x02",
	} {
		got := Split(0, in)
		checkSplit(t, in, 0, got)
	}
}

// isSplitSpace is the test's own definition of the white space a sentence
// must not start or end with.
func isSplitSpace(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E:
		return true
	}
	return unicode.IsSpace(r)
}

// checkSplit verifies the invariants of Split's result: spans in range and
// increasing, Text the exact slice, trimmed and non-empty, Index and Doc
// set, titles only at the top, nothing but white space left out, no valid
// rune cut.
func checkSplit(t *testing.T, text string, doc int, ss []Sentence) {
	t.Helper()
	prev := 0
	titles := true
	valid := utf8.ValidString(text)
	for i, s := range ss {
		if s.Index != i || s.Doc != doc {
			t.Fatalf("sentence %d: Index %d, Doc %d", i, s.Index, s.Doc)
		}
		if s.Start < prev || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("sentence %d: bad span [%d,%d) after %d, len %d", i, s.Start, s.End, prev, len(text))
		}
		if s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d: Text %q != text[%d:%d] %q", i, s.Text, s.Start, s.End, text[s.Start:s.End])
		}
		if r, n := utf8.DecodeRuneInString(s.Text); n > 0 && isSplitSpace(r) {
			t.Fatalf("sentence %d: leading space in %q", i, s.Text)
		}
		if r, n := utf8.DecodeLastRuneInString(s.Text); n > 0 && isSplitSpace(r) {
			t.Fatalf("sentence %d: trailing space in %q", i, s.Text)
		}
		if gap := text[prev:s.Start]; strings.TrimFunc(gap, isSplitSpace) != "" {
			t.Fatalf("sentence %d: dropped non-space text %q", i, gap)
		}
		if !s.IsTitle {
			titles = false
		} else if !titles {
			t.Fatalf("sentence %d: title %q after body text", i, s.Text)
		}
		if valid && !utf8.ValidString(s.Text) {
			t.Fatalf("sentence %d: %q cuts a rune", i, s.Text)
		}
		for _, cut := range []int{s.Start, s.End} {
			if cut < len(text) && !utf8.RuneStart(text[cut]) {
				// A cut before a continuation byte is fine only if no
				// valid rune covers it.
				for k := cut - 1; k >= 0 && k >= cut-3; k-- {
					if utf8.RuneStart(text[k]) {
						if r, n := utf8.DecodeRuneInString(text[k:]); r != utf8.RuneError && k+n > cut {
							t.Fatalf("sentence %d: cut at %d inside rune %q", i, cut, r)
						}
						break
					}
				}
			}
		}
		prev = s.End
	}
	if gap := text[prev:]; strings.TrimFunc(gap, isSplitSpace) != "" {
		t.Fatalf("dropped non-space text at the end: %q", gap)
	}
}

type splitFile struct{ name, text string }

// readSplitFiles reads the files matching pattern, relative to the package
// directory, in name order; it skips the test if there are none.
func readSplitFiles(t *testing.T, pattern string) []splitFile {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Skipf("no files match %s", pattern)
	}
	sort.Strings(files)
	out := make([]splitFile, 0, len(files))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, splitFile{f, string(b)})
	}
	return out
}

func TestSplitSeeds(t *testing.T) {
	docs := readSplitFiles(t, filepath.Join("..", "..", "shared", "seeds", "*.txt"))
	var all []Sentence
	for _, d := range docs {
		name, text := d.name, d.text
		ss := Split(0, text)
		checkSplit(t, text, 0, ss)
		if len(ss) < 5 {
			t.Errorf("%s: only %d sentences", name, len(ss))
		}
		t.Logf("=== %s", filepath.Base(name))
		for _, s := range ss {
			mark := " "
			if s.IsTitle {
				mark = "T"
			}
			t.Logf("%2d %s %q", s.Index, mark, s.Text)
		}
		all = append(all, ss...)
	}
	// Sentences the seeds must yield exactly (when the files are the ones
	// this test was written against).
	want := []string{
		"WASHINGTON, D.C. — U.S. and European military planners are discussing post-conflict security guarantees for Ukraine as hostilities continue with Russia.",
		"U.S. Air Force General Alexus Grynkewich will present key points from discussions between Trump and Russian President Vladimir Putin from last week.",
		"Trump did not elaborate further.",
		"Post a Comment",
		"Previous Post Next Post",
		"- Category",
		"Select Language:",
	}
	have := map[string]bool{}
	for _, s := range all {
		have[s.Text] = true
		if strings.Contains(s.Text, "by air because") && !strings.HasPrefix(s.Text, "“When it comes to security") {
			t.Errorf("ellipsis split: %q", s.Text)
		}
	}
	if len(docs) == 5 {
		for _, w := range want {
			if !have[w] {
				t.Errorf("missing sentence %q", w)
			}
		}
	}
}

func TestSplitDUC(t *testing.T) {
	docs := readSplitFiles(t, filepath.Join("..", "..", "shared", "data", "duc2004", "docs", "d30001t", "*"))
	for _, d := range docs {
		name, text := d.name, d.text
		ss := Split(2, text)
		checkSplit(t, text, 2, ss)
		if len(ss) < 5 {
			t.Errorf("%s: only %d sentences", name, len(ss))
		}
		for _, s := range ss {
			if s.IsTitle {
				t.Errorf("%s: unexpected title %q", name, s.Text)
			}
			// DUC documents are one long line of well-formed sentences.
			if n := len(strings.Fields(s.Text)); n < 3 || n > 80 {
				t.Errorf("%s: suspicious sentence of %d words: %q", name, n, s.Text)
			}
		}
	}
}

func TestSplitDeterministic(t *testing.T) {
	text := "Politics\nHun Sen. Hun Sen said. Sen. Smith said. U.S. The end...\n\nMore."
	a := Split(0, text)
	for i := 0; i < 10; i++ {
		if b := Split(0, text); !reflect.DeepEqual(a, b) {
			t.Fatalf("run %d differs: %v vs %v", i, a, b)
		}
	}
}

func TestSplitAllocs(t *testing.T) {
	text := strings.Repeat("He moved to the U.S. The move was hard, said Dr. Smith on Jan. 5. “It was late.” He left…\n", 20)
	allocs := testing.AllocsPerRun(20, func() { Split(0, text) })
	if allocs > 4 {
		t.Errorf("Split allocates %v times per call, want <= 4", allocs)
	}
}

// degenerateInputs are pathological texts of about 512 KiB each.
func degenerateInputs() map[string]string {
	const n = 1 << 19
	return map[string]string{
		"dots":       strings.Repeat(".", n),
		"dot space":  strings.Repeat(". ", n/2),
		"closers":    strings.Repeat(")", n),
		"no space":   strings.Repeat("ab.", n/3),
		"newlines":   strings.Repeat("\n", n),
		"blank":      strings.Repeat("\r\n \u00a0", n/6),
		"names":      strings.Repeat("Hun Sen. X Sen. Y SEN. Z Gen. W Col. V ", n/40),
		"titles":     strings.Repeat("Mr. Mrs. Ms. Dr. Gen. Sen. Rep. Gov. Lt. Col. Sgt. Capt. Adm. Maj. Rev. Hon. ", n/80),
		"ellipses":   strings.Repeat("a ... ", n/6),
		"long lines": strings.Repeat("This is a long line that goes on without punctuation for a while\n", n/64),
		"short":      strings.Repeat("x\n", n/2),
		"quotes":     strings.Repeat("\" ' \" '' `` ", n/12),
		"quotations": strings.Repeat("He said ‘It’s. ``No. 'Tis so. \"X. ", n/32),
		"big token":  strings.Repeat("a", n) + ". The",
		"CJK":        strings.Repeat("。", n/3),
		"dashes":     strings.Repeat(". _ ", n/4),
		"sentences":  strings.Repeat("He moved to the U.S. The move was hard. ", n/40),
	}
}

// TestSplitDegenerate checks the span invariants on pathological input.
// Its speed (quadratic behaviour would show as a collapse in MB/s) is
// measured by BenchmarkSplitDegenerate, not timed here.
func TestSplitDegenerate(t *testing.T) {
	inputs := degenerateInputs()
	for _, name := range slices.Sorted(maps.Keys(inputs)) {
		in := inputs[name]
		checkSplit(t, in, 0, Split(0, in))
	}
}

// BenchmarkSplitDegenerate reports MB/s per pathological input; a rate far
// below BenchmarkSplit's means super-linear behaviour.
func BenchmarkSplitDegenerate(b *testing.B) {
	inputs := degenerateInputs()
	for _, name := range slices.Sorted(maps.Keys(inputs)) {
		in := inputs[name]
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for i := 0; i < b.N; i++ {
				Split(0, in)
			}
		})
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"",
		"He moved to the U.S. The move was hard.",
		"Politics\nU.S. and Europe Plan Security\n\nWASHINGTON, D.C. — U.S. planners met. They talked.",
		"He said \"Stop.\" Then he left. (It was late.) We went home.",
		"“… they don’t have.” Trump did not elaborate further.",
		"1. First item\r\n2. Second item\r\rThird.\f\u2028\u2029",
		"\ufeff\u00a0\u200b Title\n\u00a0\nBody... Then! What?! 我很好。你呢？",
		"Mr. J. R. R. Tolkien, e.g. Sept. 30. 3.14 john.doe@example.com www.x.org. a.m. The",
		"This is a long hard-wrapped paragraph line that continues on\nthe next line. And A\nB",
		"``Quote,'' he said. ``Next.'' '' _ Teams. . . . de Klerk",
		"\xff\xfe.\xe2\x80 .\xe2\x80\xa6 X",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ss := Split(5, text)
		checkSplit(t, text, 5, ss)
		if again := Split(5, text); !reflect.DeepEqual(ss, again) {
			t.Fatalf("not deterministic")
		}
	})
}

// splitBenchText is a mixture of the seeds and DUC documents if present,
// else a synthetic text.
func splitBenchText(b *testing.B) []string {
	var texts []string
	for _, pat := range []string{
		filepath.Join("..", "..", "shared", "seeds", "*.txt"),
		filepath.Join("..", "..", "shared", "data", "duc2004", "docs", "*", "*"),
	} {
		files, _ := filepath.Glob(pat)
		for _, f := range files {
			if data, err := os.ReadFile(f); err == nil {
				texts = append(texts, string(data))
			}
		}
	}
	if len(texts) == 0 {
		texts = []string{strings.Repeat("He moved to the U.S. The move was hard, said Dr. Smith on Jan. 5. “It was late.” He left…\n", 50)}
	}
	return texts
}

func BenchmarkSplit(b *testing.B) {
	texts := splitBenchText(b)
	size, sentences := 0, 0
	for _, t := range texts {
		size += len(t)
		sentences += len(Split(0, t))
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for d, t := range texts {
			Split(d, t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*sentences), "ns/sentence")
}
