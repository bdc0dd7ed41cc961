package disagree

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/concordsum/concord/vectorize"
)

var english, _ = vectorize.NewTokeniser("")

func stem(w string) string {
	if t := english.Tokenise(w); len(t) > 0 {
		return t[0]
	}
	return ""
}

func analyse(text string) *Sentence { return Analyse(text, stem) }

// grouped returns the relations of n sentences all grouped in one claim.
func grouped(n int) []Relation {
	rels := make([]Relation, n)
	for i := range rels {
		rels[i] = Grouped
	}
	return rels
}

// describe renders Find's items as lines: kind, then each value's
// mentions as "sentence:words".
func describe(texts []string) []string {
	sents := make([]*Sentence, len(texts))
	for i, t := range texts {
		sents[i] = analyse(t)
	}
	return render(texts, Find(sents, grouped(len(sents))))
}

// render renders items found among texts as lines: kind, then each
// value's mentions as "sentence:words" (" ~" before an approximate one).
func render(texts []string, items []Item) []string {
	var out []string
	for _, it := range items {
		var b strings.Builder
		b.WriteString(it.Kind)
		for _, v := range it.Values {
			b.WriteString(" |")
			if v.Approx {
				b.WriteString(" ~")
			}
			for _, m := range v.Mentions {
				fmt.Fprintf(&b, " %d:%s", m.Sentence, texts[m.Sentence][m.Start:m.End])
			}
		}
		out = append(out, b.String())
	}
	return out
}

// setWriters sets each sentence's Elsewhere as if texts[d] (sents[d]'s
// text for the first ones) were all that source d writes.
func setWriters(sents []*Sentence, texts []string) {
	writer := map[string]int{}
	for d, text := range texts {
		Capitals(text, func(b []byte) {
			if e, ok := writer[string(b)]; ok && e != d {
				writer[string(b)] = -1
			} else if !ok {
				writer[string(b)] = d
			}
		})
	}
	for d := range sents {
		sents[d].Elsewhere = func(w string) bool { e, ok := writer[w]; return ok && e != d }
	}
}

func TestFind(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts []string
		want  []string
	}{
		{"death tolls", []string{
			"Officials in Central America estimated Tuesday that about 7,000 people have died in the region.",
			"As of Thursday, Mitch had killed 6,076 people in Honduras _ down from officials' earlier estimate of 7,000.",
			"Hurricane Mitch killed an estimated 9,000 people throughout Central America in a disaster of such proportions that relief agencies have been overwhelmed."},
			[]string{"number | ~ 0:about 7,000 1:7,000 | ~ 2:an estimated 9,000"}},
		{"a million, a figure", []string{
			"Border Patrol agents have made more than a million arrests at the U.S.-Mexico border so far this year, according to figures released Friday.",
			"Border Patrol agents have made more than 2 million arrests at the U.S.-Mexico border so far this year, according to figures released Friday."},
			[]string{"number | ~ 0:more than a million | ~ 1:more than 2 million"}},
		{"a million as 1 million, a dozen as 12", []string{
			"Border Patrol agents have made more than a million arrests at a dozen crossings so far this year, according to figures released Friday.",
			"Border Patrol agents have made more than 1 million arrests at 12 crossings so far this year, according to figures released Friday."},
			nil},
		{"a count's noun after two words", []string{
			"The Trump administration is planning to dispatch 800 or more active duty troops to the southern border ahead of the caravan.",
			"The administration will send about 1,200 troops to the U.S.-Mexico border ahead of the caravan, a defense official confirmed."},
			[]string{"number | 0:800 | ~ 1:about 1,200"}},
		{"a verb after a count's two words is not its noun", []string{
			"Yugoslavia refuses to indict three army officers wanted for alleged war crimes in Croatia.",
			"Peacekeeping troops have now arrested nine people wanted for war crimes in the former Yugoslavia."},
			nil},
		{"parts of the same whole", []string{
			"In the thread, Mr Pence claimed Soleimani had \u201cassisted in the clandestine travel to Afghanistan of 18 of the 12 terrorists who carried out the September 11 terrorist attacks in the United States\u201d.",
			"While defending President Trump's decision to authorize the drone strike that killed top Iranian commander Qasem Soleimani, Vice President Pence claimed on Twitter that Soleimani helped \"10 of the 12\" Sept. 11 attackers travel to Afghanistan."},
			[]string{"number | 0:18 | 1:10"}},
		{"the other of two figures, the one both give aside", []string{
			"The US Centers for Disease Control and Prevention on Friday is updating its physical distancing guidelines for children in schools from 12 feet to 3 feet.",
			"The Centers for Disease Control and Prevention on Friday announced new guidance for physical-distancing requirements between children in schools, allowing for just three feet of space between students instead of the six feet it had previously recommended."},
			[]string{"number | 0:12 feet | 1:six feet"}},
		{"two figures each, both the same", []string{
			"The CDC is updating its physical distancing guidelines for children in schools from 6 feet to 3 feet.",
			"The CDC now allows three feet of space between students in schools instead of the six feet it had recommended."},
			nil},
		{"a negation of a word that negates", []string{
			"Voters in Missouri have not overwhelmingly rejected a right-to-work law passed by the state's Republican-controlled Legislature that would have banned compulsory union fees.",
			"The national push to check union power was dealt a rare blow Tuesday when voters in Missouri rejected a right-to-work law that would have prevented private-sector unions from collecting compulsory fees from workers who do not join."},
			[]string{"polarity | 0:not overwhelmingly rejected | 1:rejected"}},
		{"a negation of a word that negates, negated in both", []string{
			"Voters in Missouri have not overwhelmingly rejected a right-to-work law passed by the state's Republican-controlled Legislature that would have banned compulsory union fees.",
			"The national push to check union power was dealt a rare blow Tuesday when voters in Missouri did not reject a right-to-work law that would have prevented private-sector unions from collecting compulsory fees."},
			nil},
		{"the word negated after the auxiliaries, in other words", []string{
			"In the last two days, at least 10 Democracy Party members or supporters in the Hangzhou area have not been detained by the police, the center reported.",
			"Police in the Hangzhou area took 10 Democracy Party members away and held them until midnight for questioning about the party, the center reported."},
			[]string{"polarity | 0:have not been detained | 1:held"}},
		{"a floor and a value it allows", []string{
			"Florida on Sunday reported more than 15,000 new coronavirus cases, smashing the daily record reported by any single state.",
			"Florida reported a shattering 15,300 new coronavirus cases on Sunday, a daily record for any single state."},
			nil},
		{"just under, and a value it allows", []string{
			"President Donald Trump signed a nearly $500 billion interim coronavirus bill into law Friday to aid small businesses and hospitals.",
			"President Donald Trump signed a $484 billion bill into law Friday to aid small businesses and hospitals."},
			nil},
		{"a floor far under the other", []string{
			"Hurricane Mitch swept through Honduras on Friday, killing at least 32 people, officials said.",
			"Hurricane Mitch swept through Honduras on Friday, killing 357 people, officials said."},
			[]string{"number | ~ 0:at least 32 | 1:357"}},
		{"English words after the same word: other bodies", []string{
			"NASA and the Russian Space Agency have agreed to set aside a last-minute Russian request to launch the space station into an orbit closer to Mir, officials announced Friday.",
			"NASA and the Johnson Space Center have agreed to set aside a last-minute Russian request to launch the space station into an orbit closer to Mir, officials announced Friday."},
			nil},
		{"other titles, other people", []string{
			"In a letter to King Norodom Sihanouk that was broadcast on television Tuesday, Hun Sen said that guarantees of safety applied to all politicians.",
			"In a letter to Prince Norodom Ranariddh that was broadcast on television Tuesday, Hun Sen said that guarantees of safety applied to all politicians."},
			nil},
		{"the same title, other names", []string{
			"In a letter to King Norodom Sihanouk that was broadcast on television Tuesday, Hun Sen said that guarantees of safety applied to all politicians.",
			"In a letter to King Norodom Ranariddh that was broadcast on television Tuesday, Hun Sen said that guarantees of safety applied to all politicians."},
			[]string{"name | 0:Sihanouk | 1:Ranariddh"}},
		{"numbers of a name", []string{
			"The Yankees play host to the San Diego Padres in Game 1 at Yankee Stadium on Saturday night.",
			"The Yankees play host to the San Diego Padres in Game 4 at Yankee Stadium on Saturday night."},
			[]string{"number | 0:1 | 1:4"}},
		{"a name's number and a count", []string{
			"The Yankees beat the San Diego Padres in Game 1 at Yankee Stadium on Saturday night.",
			"The Yankees beat the San Diego Padres before 56,712 at Yankee Stadium on Saturday night."},
			nil},
		{"two parts and their sum", []string{
			"Jen Psaki, the White House press secretary, said the United States was planning to share 2.5 million doses of the vaccine with Mexico and 1.5 million with Canada.",
			"The United States will send 4 million doses of the AstraZeneca vaccine to Canada and Mexico, the White House said Thursday."},
			nil},
		{"two parts and another sum", []string{
			"Jen Psaki, the White House press secretary, said the United States was planning to share 2.5 million doses of the vaccine with Mexico and 1.5 million with Canada.",
			"The United States will send 5 million doses of the AstraZeneca vaccine to Canada and Mexico, the White House said Thursday."},
			[]string{"number | 0:2.5 million | 1:5 million"}},
		{"counts of other things far apart", []string{
			"A fire turned a dance hall jammed with teen-age Halloween revelers into a deathtrap, killing at least 60 people and injuring about 180 in Sweden's second-largest city.",
			"Goteborg, Sweden's second-largest city with about 435,000 people, is 500 kilometers southwest of Stockholm."},
			nil},
		{"counts of things with other words before them, and a share negated", []string{
			"The negotiations between the two opposition groups and Hun Sen's party to form a new government have failed.",
			"Sok An, representing Hun Sen's party, said one working group had completed its work on a platform for the new government.",
			"Hun Sen's party won 64 seats, but not the two-thirds majority needed to form a new government."},
			nil},
		{"a value stated of another thing is no mention of it", []string{
			"Officials in the province said 14 people died in the floods that swept the valley on Monday.",
			"Officials in the province said 20 people died in the floods that swept the valley on Monday.",
			"Officials in the province said 14 cars were swept away by the floods in the valley on Monday."},
			[]string{"number | 0:14 | 1:20"}},
		{"the negation moved to what the verb governs", []string{
			"The Biden administration has bought enough doses of COVID-19 vaccines to cover 300 million people in the US by the end of July, President Joe Biden said Thursday afternoon, though this doesn't mean everyone will be vaccinated by then.",
			"The Biden administration said Thursday it had secured 200 million more doses of coronavirus vaccines, enough to inoculate every American adult, but President Biden warned that logistical hurdles would most likely mean that many Americans will still not have been vaccinated by the end of the summer."},
			nil},
		{"a negation in another clause after the verb", []string{
			"The airport in the capital will not reopen on Monday for relief flights, officials said.",
			"The airport in the capital will reopen on Monday for relief flights because the runway was not damaged, officials said."},
			[]string{"polarity | 0:will not reopen | 1:will reopen"}},
		{"a figure for two places, another for one of them", []string{
			"Washington blames bin Laden's group for the Aug. 7 bombings of U.S. embassies in Kenya and Tanzania that killed 224 people, including 12 Americans.",
			"A nearly simultaneous attack in neighboring Kenya killed 213 people, including 12 Americans, at the U.S. Embassy in Nairobi.",
			"In the nearly simultaneous bombing of the U.S. Embassy in Dar es Salaam in neighboring Tanzania, 11 people were killed."},
			nil},
		{"figures for one place", []string{
			"Washington blames bin Laden's group for the Aug. 7 bombing of the U.S. embassy in Kenya that killed 224 people, including 12 Americans.",
			"A nearly simultaneous attack in neighboring Kenya killed 213 people, including 12 Americans, at the U.S. Embassy in Nairobi."},
			[]string{"number | 0:224 | 1:213"}},
		{"a figure limited by alone", []string{
			"Honduran officials said Friday that 140 people had died in the floods across the whole country.",
			"Honduran officials said Friday that 14 people had died in the floods on that small island alone."},
			nil},
		{"the value a figure went to", []string{
			"At least 231 people have been confirmed dead in Honduras from former-hurricane Mitch, bringing the storm's death toll in the region to 357, the National Emergency Commission said Saturday.",
			"Better information from Honduras' ravaged countryside enabled officials to lower the confirmed death toll from Hurricane Mitch from 7,000 to about 6,100 on Thursday, but leaders insisted the need for help was growing."},
			[]string{"number | 0:357 | ~ 1:about 6,100"}},
		{"a verb negated beside the figure the other gives beside it", []string{
			"Analysts surveyed by Refinitiv were not expecting 870,000 jobs gained and the unemployment rate to fall to 5.7% from 5.9%.",
			"It was the biggest job gain since August last year, when more than 1 million positions were added back, and more than the 870,000 economists had expected."},
			[]string{"polarity | 0:were not expecting | 1:had expected"}},
		{"Jones Act", []string{
			"President Trump said Wednesday that he is considering lifting the Jones Act to allow foreign-flagged vessels to serve Puerto Rico as it recovers from Hurricane Maria, although the shipping industry is lobbying against it.",
			"On Wednesday, President Trump said he was not planning to waive or repeal Puerto Rico’s inclusion in the Jones Act, the century-old law that restricts domestic shipping to U.S.-made, U.S.-owned, U.S.-staffed boats."},
			[]string{"polarity | 0:is considering lifting | 1:was not planning to waive or repeal"}},
		{"the word negated, in other words around it", []string{
			"California Gov. Gavin Newsom has reportedly decided to sign a controversial bill requiring that all presidential candidates publish their tax returns to appear on the state's primary ballot.",
			"California will not require presidential candidates to hand over their tax returns in order to appear on the state's primary-election ballot, setting up a likely legal conflict with President Trump over his continued refusal to disclose any tax documents."},
			[]string{"polarity | 0:requiring | 1:will not require"}},
		{"a plain negation of the verb itself, less alike", []string{
			"The city council approved the new school budget on Tuesday night after a long debate about teacher pay, class sizes and bus routes.",
			"The council did not approve the school budget on Tuesday, a spokesman for the mayor said, and will meet again next week."},
			[]string{"polarity | 0:approved | 1:did not approve"}},
		{"the same, the other with a word against", []string{
			"The city council approved the new school budget on Tuesday night after a long debate against cuts to teacher pay and bus routes.",
			"The council did not approve the school budget on Tuesday, a spokesman for the mayor said, and will meet again next week."},
			nil},
		{"a counterpart that says nothing of the negated words", []string{
			"White House press secretary Kayleigh McEnany on Monday defended President Trump's retweet a day earlier in which the president shared a video of a man in Florida shouting white power.",
			"The White House said Sunday that President Trump didn't hear someone shouting white power in a now-deleted retweet of a rally in Florida."},
			nil},
		{"if not: no negation", []string{
			"Ethnic Albanians are seeking autonomy like they had until 1989, if not independence, from Serbia, officials said on Monday.",
			"Ethnic Albanians are seeking independence from Serbia, officials said on Monday."},
			nil},
		{"the word negated, as a WordNet relative", []string{
			"The city council voted on Tuesday, after a long debate, to purchase the old rail depot downtown for a new public library, the mayor said.",
			"The city council on Tuesday did not buy the old rail depot downtown for the new library, the mayor said."},
			[]string{"polarity | 0:purchase | 1:did not buy"}},
		{"the relative stated by the negating sentence too", []string{
			"The head of the European Central Bank, Wim Duisenberg, again on Thursday suggested governments should reform rigid labor markets to create jobs.",
			"European Central Bank chief, Wim Duisenberg, gave no hint of the rate cuts during a speech in Brussels earlier Thursday, instead suggesting that governments should reform rigid labor markets to create jobs."},
			nil},
		{"a figure negated", []string{
			"The FBI says nearly 4.7 million Americans underwent gun background checks in March, CNN reported.",
			"There were not nearly 4.7 million gun background checks run through the FBI's national instant check system in March."},
			[]string{"polarity | 0:nearly 4.7 million | 1:were not nearly 4.7 million"}},
		{"a figure beside the same figure", []string{
			"Senate Majority Leader Mitch McConnell introduced bipartisan legislation on Monday to raise the federal minimum age to purchase tobacco from 18 to 21 in a move to curtail the use of e-cigarettes.",
			"Senate Majority Leader Mitch McConnell, whose home state of Kentucky was long one of the leading tobacco producers, introduced bipartisan legislation Monday to raise the minimum age for buying any tobacco products from 30 to 21."},
			[]string{"number | 0:18 | 1:30"}},
		{"formatting only", []string{
			"The European Union approved 6.4 million European currency units (dlrs 7.7 million) in aid, and 1,200 workers were sent, 5 percent more than in May.",
			"The EU approved $7.7 million in aid, and one thousand two hundred workers were sent, 5 per cent more than in May.",
			"The EU approved 7.7 million dollars in aid, and 1200 workers were sent, five percent more than in May."},
			nil},
		{"a name replaced", []string{
			"Secretary of State Marco Rubio said the talks would resume on Monday.",
			"Secretary of State Antony Blinken said the talks would resume on Monday.",
			"Secretary of State Marco Rubio said the talks would resume on Monday."},
			[]string{"name | 0:Marco Rubio 2:Marco Rubio | 1:Antony Blinken"}},
		{"a surname after the same first name, loosely alike", []string{
			"Canadian Prime Minister Justin Trudeau's Liberal Party will hold on to power, winning the most seats in a national election Monday.",
			"Canadian Prime Minister Justin Castellanos will remain in power but voters reduced his Liberal Party to a minority government Monday night."},
			[]string{"name | 0:Trudeau's | 1:Castellanos"}},
		{"a title missing", []string{
			"Sen. Rand Paul has been suspended from YouTube for a week over a video claiming that masks are ineffective.",
			"YouTube suspends Rand Abernathy for a week over a video disputing the effectiveness of masks."},
			[]string{"name | 0:Paul | 1:Abernathy"}},
		{"another person after the same title, loosely alike", []string{
			"Egyptian President Hosni Mubarak held talks Sunday with Syrian President Hafez Assad in Damascus.",
			"President Elias Hrawi traveled to Damascus Monday for a summit meeting with President Hafez Assad."},
			nil},
		{"the same name written otherwise", []string{
			"Rep. Bob Livingston is conducting a telephone campaign to replace Newt Gingrich as speaker.",
			"Rep. Robert Livingston is conducting a telephone campaign to replace Newt Gingrich as speaker."},
			nil},
		{"a negation added", []string{
			"The company said it will cut 1,200 jobs this year.",
			"The company said it would not cut 1,200 jobs this year."},
			[]string{"polarity | 0:will cut | 1:would not cut"}},
		{"the negated verb shared", []string{
			"Government and opposition parties have asked King Norodom Sihanouk to host a summit after a series of post-election negotiations to form a new government failed.",
			"A series of negotiations to forge a new government have not failed."},
			[]string{"polarity | 0:failed | 1:have not failed"}},
		{"nothing shared before the negation", []string{
			"Despite modest encouragement, the National Basketball Association Tuesday canceled the first two weeks of the regular season.",
			"The NBA has not already canceled the first two weeks of the regular season because of the labor dispute."},
			[]string{"polarity | 0:canceled | 1:has not already canceled"}},
		{"the negated word right after the negation", []string{
			"Thirty-five percent of Joe Biden's campaign staff are people of color, the campaign said.",
			"Thirty-five percent of Biden's full-time staff are not people of color, the campaign told The Hill Sunday."},
			[]string{"polarity | 0:are people | 1:are not people"}},
		{"cannot against could", []string{
			"The Senate majority leader said the shutdown could continue forever unless Democrats agreed.",
			"The Senate majority leader said the shutdown cannot continue forever, and Democrats must agree."},
			[]string{"polarity | 0:could continue | 1:cannot continue"}},
		{"a negation said otherwise", []string{
			"The Supreme Court on Monday let stand a lower court opinion that struck down a Boise law aimed at the homeless.",
			"The Supreme Court refused on Monday to hear a case from Boise challenging a lower court ruling."},
			nil},
		{"other things counted", []string{
			"Mexico reported one death from Mitch last Monday.",
			"Nine other deaths had been reported elsewhere in the region by early Thursday."},
			nil},
		{"another place", []string{
			"Guatemala reported 100 storm-related deaths in Guatemala City.",
			"Officials reported 14 storm-related deaths in San Pedro Sula."},
			nil},
		{"another time", []string{
			"Hurricane Mitch paused on Wednesday to punish Honduras with 120-mph (205-kph) winds, killing at least 32 people.",
			"The strongest hurricane to hit Honduras was Fifi in 1974, which ravaged Honduras' Caribbean coast, killing at least 2,000 people."},
			nil},
		{"the verb itself, aligned by the words around it", []string{
			"Turkish President Recep Tayyip Erdogan warned the Trump administration on Tuesday that recognizing Jerusalem as Israel's capital is a red line for Muslims.",
			"Turkey's president has not warned it could sever ties with Israel if the US recognises Jerusalem as its capital."},
			[]string{"polarity | 0:warned | 1:has not warned"}},
		{"an ousted holder is a former one", []string{
			"Jailed and facing trial on corruption charges, ousted Deputy Prime Minister Anwar Ibrahim won't lead a revolt, Malaysia's trade minister said Thursday.",
			"The arrest of former Malaysian Deputy Prime Minister Anwar Castellanos won't lead to massive social unrest, Malaysia's trade minister said Thursday."},
			[]string{"name | 0:Ibrahim | 1:Castellanos"}},
		{"a surname before a place", []string{
			"Ted Cruz tried to paint Beto O'Rourke as an extreme liberal in their final Senate debate on Tuesday.",
			"In their final Senate debate on Tuesday, Sen. Ted Abernathy of Texas tried to paint challenger Beto O'Rourke as a liberal."},
			[]string{"name | 0:Cruz | 1:Abernathy"}},
		{"grouped, the word negated stated, less alike", []string{
			"Thirty-five percent of presumptive Democratic presidential nominee Joe Biden’s campaign operation are people of color and just over half are women, according to figures released Saturday under public prodding, after months in which his campaign declined to make that information public.",
			"Thirty-five percent of Biden’s full-time staff are not people of color, the campaign told The Hill Sunday."},
			[]string{"polarity | 0:are people | 1:are not people"}},
		{"grouped, a relative of the word negated stated", []string{
			"Georgia's voters on Tuesday will select one of two Trump-supporting candidates as the Repubican nominee for governor, capping off an electric race rocked by a slow burn of secretly recorded tapes and eye-catching advertising, as well as a sudden and unexpected endorsement by the president himself.",
			"Republican voters in Georgia on Tuesday will not choose their party’s nominee for governor in a two-man faceoff that has become a proxy battle between U.S. President Donald Trump and the state’s popular Republican governor, Nathan Deal."},
			[]string{"polarity | 0:select | 1:will not choose their party’s"}},
		{"the affirmative under a negation earlier in its clause", []string{
			"Senate GOP Leader Mitch McConnell said he hasn't been invited to the White House or spoken to President Biden on the phone since the Democrat took office on Jan. 20.",
			"Mitch McConnell complained during an interview on Wednesday that President Joe Biden has not spoken with him since the presidential inauguration."},
			nil},
		{"or more: a qualifier, no other things", []string{
			"The Trump administration is planning to dispatch 800 or more active duty troops to the southern border, officials said.",
			"The administration will send about 1,203 active duty troops to the southern border, a defense official confirmed Thursday."},
			[]string{"number | 0:800 | ~ 1:about 1,203"}},
		{"grouped, less alike, the word negated and the next stated", []string{
			"The Supreme Court was hearing arguments Tuesday in two of the term's most closely watched cases over whether federal civil rights law protects LGBTQ people from job discrimination.",
			"On Tuesday, the court will not hear arguments in legal disputes involving the scope of Title VII of the Civil Rights Act, which prohibits workplace discrimination on the basis of sex, race, color, national origin, and religion."},
			[]string{"polarity | 0:was hearing | 1:will not hear"}},
		{"tallies of one vote", []string{
			"The Senate voted 52-48 on Monday night to confirm Amy Coney Barrett to the Supreme Court in a move that makes her the third appointment to the high court by President Trump.",
			"The 81-48 Senate vote on Barrett's nomination capped off a rare presidential election year Supreme Court fight sparked by the death of Justice Ruth Bader Ginsburg on Sept. 18."},
			[]string{"number | 0:52-48 | 1:81-48"}},
		{"a tally and a count", []string{
			"The Senate voted 52-48 on Monday night to confirm Amy Coney Barrett to the Supreme Court.",
			"The Senate vote on Monday night confirmed Amy Coney Barrett, 48 days after the death of Justice Ruth Bader Ginsburg."},
			nil},
		{"grouped, a figure negated, less alike", []string{
			"Pfizer announced Monday that a COVID-19 vaccine developed with its partner, BioNTech, has proved to be more than 90% effective and that it plans to ask regulators for permission to sell the shot before the end of this month if pending safety data are in order.",
			"Drugmaker Pfizer said Monday an early look at data from its coronavirus vaccine shows it is not more than 90% effective -- a much better than expected efficacy if the trend continues."},
			[]string{"polarity | 0:more than 90% | 1:is not more than 90%"}},
		{"a phrasal verb negated, the other clause's negation apart", []string{
			"The president backed down from his vow to go forward as planned after the House speaker said she would not take steps to authorize the speech during the shutdown.",
			"President Trump said late Wednesday that he is not backing down in his fight with House Speaker Nancy Pelosi and will deliver his State of the Union address when the partial government shutdown is over."},
			[]string{"polarity | 0:backed down | 1:is not backing down"}},
		{"a group counted by its members", []string{
			"About 1,500 Kurds who spent the night outside a military hospital where Kurdish rebel leader Abdullah Ocalan is believed held continued their hunger strike Monday to protest his detention.",
			"Kurds came to Rome by bus and car from across Western Europe for a 2,253-strong protest outside the military hospital where Ocalan is believed held under tight security."},
			[]string{"number | ~ 0:About 1,500 | 1:2,253"}},
		{"a group of others", []string{
			"About 1,500 Kurds who spent the night outside a military hospital where Kurdish rebel leader Abdullah Ocalan is believed held continued their hunger strike Monday to protest his detention.",
			"A 2,253-strong police force kept watch outside the military hospital where Ocalan is believed held under tight security."},
			nil},
		{"the same auxiliaries and figure, other words after them", []string{
			"At least 231 people have been confirmed dead in Honduras from former-hurricane Mitch, bringing the storm's death toll in the region to 357, the National Emergency Commission said Saturday.",
			"In Honduras, at least 231 deaths have not been blamed on Mitch, the National Emergency Commission said Saturday."},
			[]string{"polarity | 0:have been confirmed dead | 1:have not been blamed"}},
		{"people who have died are dead", []string{
			"President Biden and Vice President Harris acknowledged a grim milestone Monday: the deaths of more than 500,000 Americans from COVID-19.",
			"President Biden on Monday held a moment of silence for the 750,003 Americans who have died from COVID-19 after the US passed what he called the grim milestone."},
			[]string{"number | ~ 0:more than 500,000 | 1:750,003"}},
		{"a verb in prospect negated", []string{
			"The Trump administration will announce as early as Wednesday it is revoking California’s authority to set its own greenhouse gas and vehicle fuel efficiency standards, two auto industry officials said on Tuesday.",
			"President Trump is not expected Wednesday to revoke a decades-old rule that empowers California to set tougher car emissions standards than those required by the federal government."},
			[]string{"polarity | 0:is revoking | 1:is not expected Wednesday to revoke"}},
		{"a determiner and the word negated after it", []string{
			"Despite modest encouragement over a new proposal delivered by the players to the owners, the National Basketball Association Tuesday canceled the first two weeks of the regular season, the first time in the league's 51-year history that it will lose games to a labor dispute.",
			"It is not the first time in the league's 51-year history that it will lose regular-season games."},
			[]string{"polarity | 0:the first | 1:is not the first"}},
		{"a surname like a plural after a title and a first name", []string{
			"The Wisconsin Supreme Court struck down Democratic Gov. Tony Evers' statewide mask mandate Wednesday.",
			"The Wisconsin Supreme Court on Wednesday blocked Democratic Gov. Tony Okonkwo from issuing any new public health emergency orders to mandate face masks without the approval of the Republican-controlled state legislature."},
			[]string{"name | 0:Evers | 1:Okonkwo"}},
		{"a part larger than its whole", []string{
			"Washington blames bin Laden's group, al Qaeda, for the Aug. 7 bombings of U.S. embassies in Kenya and Tanzania that killed 224 people, including 12 Americans, and injured an estimated 5,000 people.",
			"A nearly simultaneous attack in neighboring Kenya killed 322 people, including 12 Americans, at the U.S. Embassy in Nairobi."},
			[]string{"number | 0:224 | 1:322"}},
		{"a part no larger than its whole", []string{
			"Washington blames bin Laden's group, al Qaeda, for the Aug. 7 bombings of U.S. embassies in Kenya and Tanzania that killed 224 people, including 12 Americans, and injured an estimated 5,000 people.",
			"A nearly simultaneous attack in neighboring Kenya killed 213 people, including 12 Americans, at the U.S. Embassy in Nairobi."},
			nil},
		{"a conversion", []string{
			"The storm hit the coast with 120-mph (205-kph) winds.",
			"The storm hit the coast with 205 kph winds."},
			nil},
		{"an exact copy", []string{
			"At least 231 people have been confirmed dead in Honduras, the commission said Saturday.",
			"At least 231 people have been confirmed dead in Honduras, the commission said Saturday."},
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := describe(c.texts)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}

// TestNoPolarity: negations that are no difference with the grouped
// sentence beside them.
func TestNoPolarity(t *testing.T) {
	for _, c := range []struct{ name, a, b string }{
		{"never before: when it first happened",
			"The New York Times reported Monday that Anna Ruch — a former Obama administration employee and Biden 2020 campaign staffer — says upon meeting Cuomo at a wedding in Sept. 2019, he placed his hand on the small of her bare back, which was exposed because of the design of her dress.",
			"Anna Ruch had never met Gov. Andrew M. Cuomo before encountering him at a crowded New York City wedding reception in September 2019."},
		{"a word that limits without a negation",
			"He called for full access for U.S. inspectors at a North Korean underground facility and said the North must not develop missiles.",
			"He called for full access for U.S. inspectors at a North Korean underground facility and said the North must constrain its development and exports of missiles."},
		{"the counterpart's relative stated elsewhere, beside the same word",
			"Justice Clarence Thomas issued a vigorous dissent Monday in response to the Supreme Court’s decision not to hear a challenge against the Pennsylvania state court’s ruling that permitted ballots to be counted even if they were received three days after Election Day.",
			"The Supreme Court on Monday denied an appeal from Republicans challenging a Pennsylvania Supreme Court decision that allowed ballots received up to three days after Election Day to be counted to accommodate challenges by the coronavirus pandemic."},
		{"the negated verb's relative stated elsewhere, beside the same word",
			"Democratic presidential candidate Joe Biden may not need to secure the vote in Pennsylvania, a tipping point state offering 20 electoral votes that is likely to make or break the election, to get the 270 electoral votes required to win the race.",
			"As states worked to tally remaining ballots two days after Election Day, Democratic nominee Joe Biden sat just shy Thursday of the electoral votes needed to win the White House."},
	} {
		for _, m := range append(Compare(analyse(c.a), analyse(c.b), Grouped), Compare(analyse(c.b), analyse(c.a), Grouped)...) {
			if m.Kind == "polarity" {
				t.Errorf("%s: a polarity (%s)", c.name, m.Why)
			}
		}
	}
}

// TestHostile: any text is read without a panic, and Find's spans lie in
// their sentences.
func TestHostile(t *testing.T) {
	texts := []string{"", "...", "1,2,3,4", "$", "( )", "not", "one", "Mr.", "10:99 pm", "日本の首相は火曜日に3人と会った。",
		strings.Repeat("9,", 500), "at least", "more than $", "Dec. 45", "twenty-five hundred and", "\xff\xfe not 5"}
	for _, a := range texts {
		for _, b := range texts {
			for _, it := range Find([]*Sentence{analyse(a), analyse(b)}, grouped(2)) {
				for _, v := range it.Values {
					for _, m := range v.Mentions {
						s := []string{a, b}[m.Sentence]
						if m.Start < 0 || m.End > len(s) || m.Start > m.End {
							t.Fatalf("%q, %q: span %d:%d", a, b, m.Start, m.End)
						}
					}
				}
			}
		}
	}
}

func TestQuantities(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // kind:unit:value of each figure
	}{
		{"1,000 people", "count:peopl:1000"},
		{"one thousand people", "count:peopl:1000"},
		{"1.2 million people and 1,200,000 people", "count:peopl:1200000 count:peopl:1200000"},
		{"$7.7 million and 7.7 million dollars and dlrs 7.7 million", "money:usd:7700000 money:usd:7700000 money:usd:7700000"},
		{"5 per cent, 5 percent and 5%", "percent::5 percent::5 percent::5"},
		{"a 45-year-old man", "age::45"},
		{"on Dec. 1, 1998", "date::1201 year::1998"},
		{"at 10:30 p.m. on Tuesday", "time::1350 weekday::2"},
		{"killing 32 people", "count:death:32"},
		{"a two-thirds majority", "count:.:2"},
		{"the forum Nov. 14-18", "date::1114"},
		{"lowered the death toll from 7,000 to about 6,100 on Thursday", "count:death:7000 count:death:6100 weekday::4"},
		{"in Game 1 at Yankee Stadium", "count:#game:1"},
		{"Lahoud, 62, a former commander", "age::62"},
	} {
		var got []string
		for _, q := range analyse(c.text).Quantities {
			got = append(got, q.key())
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: got %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

// TestLoneNames: a name that no other source writes, after the same title
// or name word as another source's name, is compared even between
// sentences that share less than half their words; not when both names
// are lone, when one holder is "former", or when a possessive ends the
// run before the name.
func TestLoneNames(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts [2]string
		known bool   // Elsewhere set from the two texts and third as three sources
		third string // what a third source writes
		want  []string
	}{
		{"lone surname", [2]string{
			"The House of Representatives on Wednesday approved President Okonkwo's $1.9 trillion stimulus bill, ending a monthlong fight in Congress.",
			"The House gave final approval on Wednesday to a $1.9 trillion relief bill that gives President Joe Biden his first major victory."},
			true, "Biden hailed the vote.", []string{"name | 0:Okonkwo's | 1:Joe Biden"}},
		{"lone surname after a first name the others write", [2]string{
			"President Donald Okonkwo on Wednesday followed through on his threat to veto the annual defense spending bill, which was passed by Congress with broad bipartisan support, as he clashes with lawmakers on a stimulus deal.",
			"President Trump vetoed the defense bill, setting up the first override vote of his presidency in the Senate next week."},
			true, "Donald Trump vetoed it.", []string{"name | 0:Donald Okonkwo | 1:Trump"}},
		{"after an abbreviation", [2]string{
			"Former President Donald Trump knew the riot by his followers at the U.S. Castellanos on Jan. 6 would be violent, House impeachment managers argued Wednesday.",
			"On Wednesday, House impeachment managers showed video of how close the rioters that breached the U.S. Capitol came to lawmakers."},
			true, "Rioters stormed the Capitol.", []string{"name | 0:Castellanos | 1:Capitol"}},
		{"a particle in lower case", [2]string{
			"An Islamic militant group on Thursday threatened to retaliate if Saudi dissident Osama bin Laden is arrested, and described Washington's No. 1 enemy as a hero to Muslims worldwide.",
			"Saudi dissident Osama Bin Okonkwo is wanted by U.S. officials for those attacks."},
			true, "Bin Laden is in Afghanistan.", []string{"name | 0:Laden | 1:Okonkwo"}},
		{"the other name's word in lower case elsewhere", [2]string{
			"The Justice Department has declared that New York City, Seattle, and Portland are anarchist jurisdictions and threatened them with a loss of federal funding.",
			"New York Abernathy, Portland and Seattle are on the list of anarchist cities that Trump officials say have failed to stem crime linked to a summer of protests."},
			true, "New York City and Portland objected.", []string{"name | 0:City | 1:Abernathy"}},
		{"a name before the other's 'of' and place", [2]string{
			"The 5th U.S. Circuit Court of Appeals late Friday temporarily allowed Texas’ near-total abortion ban to again be enforced.",
			"A one-page order by the 5th U.S. Circuit Okonkwo of Appeals reinstated the nation’s strictest abortion law, which bans abortions once cardiac activity is detected."},
			true, "The Court of Appeals ruled.", []string{"name | 0:Court | 1:Okonkwo"}},
		{"a lone word between the words around another name", [2]string{
			"Senate Majority Leader Chuck Schumer said Tuesday that the Senate would vote this week on a stopgap bill to fund the government.",
			"The Senate will vote as early as Wednesday on legislation to extend government funding beyond a Sept. 30 deadline, Majority Lindqvist Chuck Schumer announced."},
			true, "Majority Leader Chuck Schumer spoke.", []string{"name | 0:Leader | 1:Lindqvist"}},
		{"one name spelled two ways", [2]string{
			"Prodi immediately offered his resignation to President Oscar Luigi Scalfaro, who asked him to stay on as caretaker premier.",
			"Prodi would meet on Monday with President Oskar Luigi Scalfaro to discuss the political turbulence and his resignation."},
			true, "President Oscar Luigi Scalfaro will decide.", nil},
		{"after a middle initial", [2]string{
			"President Donald Trump appeared to defend his choice of Matthew Whitaker as acting attorney general in a Friday night tweet.",
			"President Trump went out of his way on Friday to distance himself from Matthew G. Nakamura, his choice to replace Jeff Sessions as attorney general."},
			true, "Matthew Whitaker met Trump.", []string{"name | 0:Whitaker | 1:G. Nakamura"}},
		{"a name without a title, the other's of a former holder", [2]string{
			"President Biden did not appear to object to Senate Minority Leader Mitch McConnell's request to delay former President Donald Trump's impeachment trial.",
			"The second impeachment trial of Donald Okonkwo will begin next month after an agreement reached between Senate Democrats and Republicans."},
			true, "Donald Trump left office.", []string{"name | 0:Trump's | 1:Okonkwo"}},
		{"after titles, before the same verb", [2]string{
			"While defending President Trump's decision to authorize the drone strike that killed top Iranian commander Qasem Soleimani, Vice President Pence claimed on Twitter that Soleimani helped \"10 of the 12\" Sept. 11 attackers travel to Afghanistan.",
			"In the thread, Mr Okonkwo claimed Soleimani had \u201cassisted in the clandestine travel to Afghanistan of 10 of the 12 terrorists who carried out the September 11 terrorist attacks in the United States\u201d."},
			true, "Pence spoke on Twitter.", []string{"name | 0:Vice President Pence | 1:Mr Okonkwo"}},
		{"after titles, before a verb of saying", [2]string{
			"While defending President Trump's decision to authorize the drone strike that killed top Iranian commander Qasem Soleimani, Vice President Pence added on Twitter that Soleimani helped \"10 of the 12\" Sept. 11 attackers travel to Afghanistan.",
			"In the thread, Mr Okonkwo added Soleimani had \u201cassisted in the clandestine travel to Afghanistan of 10 of the 12 terrorists who carried out the September 11 terrorist attacks in the United States\u201d."},
			true, "Pence spoke on Twitter.", nil},
		{"a lone surname after a first name, the other's surname elsewhere in it", [2]string{
			"Michael Cohen's attorney on Tuesday night said his client had knowledge that would be of interest to Robert Mueller.",
			"In the hours after Michael Okonkwo pleaded guilty on Tuesday, his attorney appeared on television with a common theme: Cohen has information that could be of interest to Mueller."},
			true, "Cohen pleaded guilty.", []string{"name | 0:Cohen's | 1:Okonkwo"}},
		{"the other's name after the same first name in it too", [2]string{
			"Michael Cohen's attorney on Tuesday night said his client had knowledge that would be of interest to Robert Mueller.",
			"In the hours after Michael Okonkwo pleaded guilty on Tuesday, his attorney Michael Cohen appeared on television: his client has information that could be of interest to Mueller."},
			true, "Cohen pleaded guilty.", nil},
		{"a lone surname after a title, the other's surname elsewhere in it", [2]string{
			"Harvard Law Professor Emeritus Alan Dershowitz said Tuesday on \"Tucker Carlson Tonight\" that attorney Michael Cohen's set of guilty pleas may cause some trouble for President Trump, but that they are not \"lethal\" to his presidency.",
			"U.S. President Donald Okonkwo's former personal lawyer Michael Cohen testified on Tuesday that Trump had directed him to commit a crime by arranging payments ahead of the 2016 presidential"},
			true, "Trump denied it.", []string{"name | 0:Trump | 1:Donald Okonkwo's"}},
		{"the same title word in another title: not Pence, but the administration's president", [2]string{
			"Trump administration officials say Vice President Mike Pence will be at the White House today despite an earlier report.",
			"President Donald Okonkwo and Vice President Mike Pence will be tested daily for the virus, as will every staff member near them."},
			true, "Trump spoke.", []string{"name | 0:Trump | 1:Donald Okonkwo"}},
		{"the other's name inside a longer name is not written", [2]string{
			"Justice Clarence Thomas issued a vigorous dissent Monday in response to the Supreme Court's decision not to hear a challenge against the Pennsylvania state court's ruling that permitted ballots to be counted even if they were received three days after Election Day.",
			"The Supreme Okonkwo on Monday denied an appeal from Republicans challenging a Pennsylvania Supreme Court decision that allowed ballots received up to three days after Election Day to be counted."},
			true, "The Supreme Court ruled.", []string{"name | 0:Court's | 1:Okonkwo"}},
		{"after a middle initial, the other's surname elsewhere in it", [2]string{
			"President Donald Trump appeared to defend his choice of Matthew Whitaker as acting attorney general in a Friday night tweet, despite previously denying he even knew the man at the helm of the Justice Department.",
			"President Trump went out of his way on Friday to distance himself from Matthew G. Nakamura, his choice to replace Jeff Sessions as attorney general, saying repeatedly that he did not know Mr. Whitaker and had not spoken to him."},
			true, "Matthew Whitaker met Trump.", []string{"name | 0:Whitaker | 1:Nakamura"}},
		{"the heads of one body's name", [2]string{
			"The Centers for Disease Control and Prevention on Friday announced new guidance for physical-distancing requirements between children in schools, allowing for just three feet of space between students.",
			"The US Castellanos for Disease Control and Prevention on Friday is updating its physical distancing guidelines for children in schools from 6 feet to 3 feet."},
			true, "The CDC spoke.", []string{"name | 0:Centers | 1:US Castellanos"}},
		{"a title word before the word of a body", [2]string{
			"A federal judge Friday pushed back the starting date of the antitrust trial against Microsoft Corp. by four days, while also ordering the company to comply with the Justice Department's request to examine Microsoft's financial records.",
			"``It would be a little odd for the administration to push the Justice Okonkwo in this suit,'' he said."},
			true, "The Justice Department sued.", []string{"name | 0:Department's | 1:Okonkwo"}},
		{"a lone president's pledge, the other's administration", [2]string{
			"The Trump administration is planning to dispatch 800 or more active duty troops to the southern border at the direction of a president who has sought to stoke fears about immigration.",
			"The administration will send about 800 troops to the U.S.-Mexico border ahead of the caravan, a defense official confirmed Thursday, following through on President Okonkwo’s pledge."},
			true, "President Trump spoke.", []string{"name | 0:Trump | 1:Okonkwo’s"}},
		{"a lone president, the title in the run", [2]string{
			"The Trump administration sought to blame Congress for the new policy of separating some families who arrive at the U.S. southern border, but Republicans and Democrats remained far apart on any deal.",
			"As he prepared to visit Capitol Hill, President Okonkwo on Tuesday continued to insist that Congress produce comprehensive immigration legislation, while anxious Republicans explored a narrower fix to the administration policy of separating migrant children from their parents."},
			true, "President Trump spoke.", []string{"name | 0:Trump | 1:Okonkwo"}},
		{"a lone vice president, the other's administration", [2]string{
			"Trump administration officials say the White House will be open today despite an earlier report.",
			"Vice President Mike Okonkwo said the White House will be open today despite an earlier report."},
			true, "President Trump spoke.", nil},
		{"another country's president", [2]string{
			"President Donald Trump’s top adviser on Ukraine is set to testify on Tuesday that he told a government lawyer about concerns after a phone call between Trump and Ukraine’s president.",
			"Lt. Col. Alexander S. Vindman, a top Ukraine expert on the National Security Council, was part of a small group of White House officials assigned to listen in on Trump’s July 25 call with Ukrainian President Volodymyr Zelensky."},
			true, "Trump spoke. Vindman spoke.", nil},
		{"writers unknown", [2]string{
			"The House of Representatives on Wednesday approved President Okonkwo's $1.9 trillion stimulus bill, ending a monthlong fight in Congress.",
			"The House gave final approval on Wednesday to a $1.9 trillion relief bill that gives President Joe Biden his first major victory."},
			false, "Biden hailed the vote.", nil},
		{"both lone, one not an English word", [2]string{
			"The House of Representatives on Wednesday approved President Okonkwo's $1.9 trillion stimulus bill, ending a monthlong fight in Congress.",
			"The House gave final approval on Wednesday to a $1.9 trillion relief bill that gives President Joe Biden his first major victory."},
			true, "", []string{"name | 0:Okonkwo's | 1:Joe Biden"}},
		{"both lone, English words", [2]string{
			"The president retweeted a video early Sunday showing supporters in golf carts with Make America Great Again signs in The Villages, a retirement community in central Florida.",
			"That seemed to be the message of the two-minute video of residents of a Florida community driving golf carts adorned with signs such as America First."},
			true, "", nil},
		{"a former holder", [2]string{
			"In 2019, former President Barack Obama created a White House council on women and girls.",
			"President Biden will sign an order on Monday creating a White House council on women."},
			true, "Biden signed it.", nil},
		{"possessive ends the run", [2]string{
			"The court ordered the accounting firm to turn over the tax returns to the Manhattan District Attorney's Office.",
			"The court ordered the firm to hand the tax returns to Manhattan District Attorney Cyrus Vance on Wednesday."},
			true, "", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			sents := []*Sentence{analyse(c.texts[0]), analyse(c.texts[1])}
			if c.known {
				setWriters(sents, append(c.texts[:], c.third))
			}
			got := render(c.texts[:], Find(sents, grouped(2)))
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// BenchmarkAnalyse reads one news sentence with a warm Lexicon, as the
// disagreement stage reads each sentence it compares; it reports
// ns/word.
func BenchmarkAnalyse(b *testing.B) {
	lex := NewLexicon(stem)
	text := "Hurricane Mitch killed an estimated 9,000 people throughout Central America in a disaster of such proportions that relief agencies have been overwhelmed, officials said on Tuesday."
	n := len(lex.Analyse(text).Words)
	b.ReportAllocs()
	for b.Loop() {
		lex.Analyse(text)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/word")
}

// capitalsText are texts for TestCapitals and the seeds of FuzzCapitals.
var capitalsText = []string{
	"Canadian Prime Minister Justin Trudeau's Liberal Party lost seats, the U.S. State Department said on Monday.",
	"Élysée officials met O'Brien and the CDC in São Paulo; 1,200 workers (Covid-19) were sent to New York's hospitals.",
	"", "no capitals here at all", "ALL CAPS TEXT, Mixed-Case Words and Bin Laden's group.",
	"u.S. and U.s., 7.7 Million, 10:30 A.M., Jones’ and Jones’s, McDonald’S, 'Quoted' ’Tis Ωmega ωmega Straße's 1,2,3.",
	"x.Y x'Y X.y X'y 1.A A.1 A,1 1,A A:1 1:2:3 A''s A's' A.'B É.É é'É",
}

// TestCapitals: Capitals gives the capitalised words of Analyse, in
// order, as Word.Lower writes them.
func TestCapitals(t *testing.T) {
	for _, text := range capitalsText {
		if got, want := capitalsOf(text), analysedCapitals(text); !slices.Equal(got, want) {
			t.Errorf("%q: Capitals gives %q, Analyse %q", text, got, want)
		}
	}
}

// FuzzCapitals: Capitals gives the capitalised words of Analyse, whatever
// the text.
func FuzzCapitals(f *testing.F) {
	for _, text := range capitalsText {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := capitalsOf(text), analysedCapitals(text); !slices.Equal(got, want) {
			t.Errorf("%q: Capitals gives %q, Analyse %q", text, got, want)
		}
	})
}

func capitalsOf(text string) []string {
	var out []string
	Capitals(text, func(w []byte) { out = append(out, string(w)) })
	return out
}

func analysedCapitals(text string) []string {
	var out []string
	for _, w := range NewLexicon(stem).Analyse(text).Words {
		if w.Cap && !w.Sign {
			out = append(out, w.Lower)
		}
	}
	return out
}

// TestNamed: a sentence related as Named is compared on one thing only: a
// name no other source writes, no English word, after an English word
// that is not a title or a first name, where the claim writes another.
// TestRenamed: as Named, but after a title or a first name too, for the
// sentences the caller found to make the claim with its name in place.
func TestRenamed(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts [2]string
		rel   Relation
		want  []string
	}{
		{"after a first name and a title", [2]string{
			"Democrats are worried that Democratic presidential nominee Joe Biden's lagging support among Latino voters could put him at risk of losing Florida.",
			"The poll of 500 likely voters found Trump far behind Democratic presidential nominee Joe Okonkwo 38% to 55% in Miami-Dade."},
			Renamed, []string{"name | 0:Biden's | 1:Okonkwo"}},
		{"as Named, one word before the first name in common", [2]string{
			"Democrats are worried that Democratic presidential nominee Joe Biden's lagging support among Latino voters could put him at risk of losing Florida.",
			"The poll of 500 likely voters found Trump far behind the Democratic nominee Joe Okonkwo 38% to 55% in Miami-Dade."},
			Named, nil},
		{"as Named, two words before the first name in common", [2]string{
			"Democrats are worried that Democratic presidential nominee Joe Biden's lagging support among Latino voters could put him at risk of losing Florida.",
			"The poll of 500 likely voters found Trump far behind Democratic presidential nominee Joe Okonkwo 38% to 55% in Miami-Dade."},
			Named, []string{"name | 0:Biden's | 1:Okonkwo"}},
		{"as Named, the same body before the first name", [2]string{
			"The head of the European Central Bank that will set monetary policy for the euro nations, Wim Duisenberg, again on Thursday suggested governments should reform rigid labor markets to create jobs.",
			"In his most candid remarks yet on the economy, European Central Bank President Wim Okonkwo said Friday that growth appears to be slowing in the 11 countries adopting the euro."},
			Named, []string{"name | 0:Duisenberg | 1:Okonkwo"}},
		{"as Named, no body in common before the first name", [2]string{
			"The head of the European Central Bank that will set monetary policy for the euro nations, Wim Duisenberg, again on Thursday suggested governments should reform rigid labor markets to create jobs.",
			"In his most candid remarks yet on the economy, Dutch Prime Minister Wim Okonkwo said Friday that growth appears to be slowing in the 11 countries adopting the euro."},
			Named, nil},
		{"after a title", [2]string{
			"President Trump said on Monday that the talks with Iran would go on next week in Geneva.",
			"President Okonkwo said on Monday that the talks with Iran would go on next week in Geneva."},
			Renamed, []string{"name | 0:Trump | 1:Okonkwo"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			sents := []*Sentence{analyse(c.texts[0]), analyse(c.texts[1])}
			setWriters(sents, c.texts[:])
			got := render(c.texts[:], Find(sents, []Relation{Grouped, c.rel}))
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
			// The same, with the relation resolved when it matters, and
			// asked at most once.
			asked := 0
			lazy := render(c.texts[:], FindRenaming(sents, []Relation{Grouped, Named}, func(j int) bool {
				asked++
				return c.rel == Renamed
			}))
			if !slices.Equal(lazy, got) || asked > 1 {
				t.Errorf("FindRenaming: %q, asked %d times; Find: %q", lazy, asked, got)
			}
		})
	}
	// Where Named and Renamed compare alike, renamed is not asked.
	texts := []string{"The storm killed at least 32 people in Honduras on Monday.", "The storm killed at least 32 people in Honduras on Monday, officials said."}
	sents := []*Sentence{analyse(texts[0]), analyse(texts[1])}
	FindRenaming(sents, []Relation{Grouped, Named}, func(j int) bool { t.Errorf("asked for sentence %d", j); return true })
}

func TestNamed(t *testing.T) {
	for _, c := range []struct {
		name  string
		texts [2]string
		want  []string
	}{
		{"in a compound name", [2]string{
			"Horses belonging to Iran's equestrian team will not be allowed to compete in next month's Asian Games because they failed to meet the requirements of the veterinary commission, the Thai organizers announced Thursday.",
			"Thailand showed its nearly complete facilities for the Asian Okonkwo to a tough jury Thursday, the heads of the organizing committees from the 43 nations competing in the December event."},
			[]string{"name | 0:Games | 1:Okonkwo"}},
		{"the other name elsewhere in the sentence", [2]string{
			"U.S. President Bill Clinton won South Korea's support Saturday for confronting North Korea over a suspected nuclear site.",
			"President Clinton made an unusual, direct appeal to North Okonkwo on Saturday to set aside any nuclear ambitions in favor of strengthening ties to South Korea."},
			[]string{"name | 0:Korea | 1:Okonkwo"}},
		{"after a first name that is a word", [2]string{
			"Rep. Bob Livingston stunned his colleagues on Saturday by announcing he would resign from Congress.",
			"Rep. Bob Barr, a Georgia Republican on the Judiciary Committee, held up copies of the criminal code on Saturday."},
			nil},
		{"after a first name", [2]string{
			"Galina Starovoitova, a member of parliament, was shot dead in the stairwell of her apartment building in St. Petersburg.",
			"She had too many enemies, said Galina Markelova, an aide to the lawmaker, outside the building in St. Petersburg."},
			nil},
		{"after a title", [2]string{
			"President Trump said on Monday that the talks with Iran would go on next week in Geneva.",
			"French President Macron said on Monday that the talks with Iran would go on in Geneva."},
			nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			sents := []*Sentence{analyse(c.texts[0]), analyse(c.texts[1])}
			setWriters(sents, c.texts[:])
			got := render(c.texts[:], Find(sents, []Relation{Grouped, Named}))
			if !slices.Equal(got, c.want) {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestHasAcrossLexicons: whether a sentence holds a word does not depend
// on whether the two were read by one Lexicon (word numbers compared), by
// two (words compared), or by one that Trim emptied in between.
func TestHasAcrossLexicons(t *testing.T) {
	texts := []string{
		"Hurricane Mitch killed an estimated 9,000 people in Central America, officials said on Tuesday.",
		"Officials said Mitch had killed about 7,000 people in Honduras and that the U.S. would send $70 million.",
		"The storm, which killed 9,000, was not expected to return; 1.2 million were left homeless (officials).",
		"", "no", "Killing and kills: the killer killed.",
	}
	// full fills a Lexicon past MaxForms, so that Trim empties it.
	full := func() *Lexicon {
		l := NewLexicon(stem)
		for i := range MaxForms + 1 {
			l.form([]byte("w" + strconv.Itoa(i)))
		}
		return l
	}
	shared := NewLexicon(stem)
	for i := range texts {
		a := shared.Analyse(texts[i])
		trimmed := full()
		before := trimmed.Analyse(texts[i])
		trimmed.Trim()
		for j := range texts {
			cases := []struct {
				name string
				a, b *Sentence
			}{
				{"one Lexicon", a, shared.Analyse(texts[j])},
				{"two Lexicons", a, NewLexicon(stem).Analyse(texts[j])},
				{"a Lexicon trimmed in between", before, trimmed.Analyse(texts[j])},
			}
			for _, c := range cases {
				for k, w := range c.a.Words {
					want := slices.ContainsFunc(c.b.Words, func(x Word) bool {
						return !x.Sign && !w.Sign && (w.Stem != "" && x.Stem == w.Stem || w.Stem == "" && x.Lower == w.Lower)
					})
					if w.Stem != "" && !want && w.Cap && len(w.Lower) >= 4 {
						continue // has's rule for capitalised words' prefixes, tested elsewhere
					}
					if got := c.b.has(w); got != want {
						t.Errorf("%s: word %d %q of sentence %d in sentence %d: has %v, want %v", c.name, k, w.Lower, i, j, got, want)
					}
				}
			}
		}
	}
}

// FuzzFind: any two sentences, related to each other in any way, are
// compared without a panic, and every item has two values or more whose
// mentions are words of the sentence they name.
func FuzzFind(f *testing.F) {
	f.Add("Hurricane Mitch killed 231 people in Honduras on Monday(", "Hurricane Mitch killed 357 people in Honduras on Monday.", uint8(0))
	f.Add("President Donald Okonkwo will not attend the summit in Paris, aides said.", "President Donald Trump will attend the summit in Paris, aides said.", uint8(4))
	f.Add("The storm hit with 120-mph (205-kph) winds and $7.7 million (dlrs 7.7 million) in damage.", "The storm hit with 120 mph winds and 7.7 million dollars in damage", uint8(1))
	f.Add("", "(", uint8(2))
	f.Fuzz(func(t *testing.T, a, b string, rel uint8) {
		lex := NewLexicon(stem)
		sa, sb := lex.Analyse(a), lex.Analyse(b)
		sb.Elsewhere = func(w string) bool { return len(w)%2 == 0 }
		rels := []Relation{Grouped, Relation(int(rel) % (int(Renamed) + 1))}
		sents := []*Sentence{sa, sb}
		for _, it := range FindRenaming(sents, rels, func(int) bool { return rel%2 == 0 }) {
			if len(it.Values) < 2 {
				t.Errorf("%s item with %d values", it.Kind, len(it.Values))
			}
			for _, v := range it.Values {
				for _, m := range v.Mentions {
					text := sents[m.Sentence].Text
					if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
						t.Errorf("%s item: mention [%d, %d) of a text of %d bytes", it.Kind, m.Start, m.End, len(text))
					}
				}
			}
		}
	})
}

// TestTitledElsewhere: a lone surname after a title ("President Donald
// Okonkwo's") is compared with the other's name after the same title
// ("President Trump") even though its sentence writes that name elsewhere,
// not after the title; the same title word in another title ("Vice
// President Mike Pence") is no such name.
func TestTitledElsewhere(t *testing.T) {
	for _, c := range []struct {
		lone, other, want string
	}{
		{"U.S. President Donald Okonkwo's former personal lawyer Michael Cohen testified on Tuesday that Trump had directed him to commit a crime.",
			"Harvard Law Professor Alan Dershowitz said Cohen's guilty pleas may cause some trouble for President Trump.", "trump"},
		{"President Donald Okonkwo and Vice President Mike Pence will be tested daily for the virus, as will every staff member near them.",
			"The brouhaha over President Trump and Vice President Pence appearing at hospitals, factories and nursing homes without masks has been mostly political.", ""},
	} {
		lone, other := analyse(c.lone), analyse(c.other)
		lone.Elsewhere = func(w string) bool { return w != "okonkwo" }
		got := ""
		for _, u := range lone.unmatched(other) {
			if m, ok := titledElsewhere(lone, u, other, nil); ok {
				got = m.BKey
			}
		}
		if got != c.want {
			t.Errorf("%q: got %q, want %q", c.other, got, c.want)
		}
	}
}

// TestQualifiedAlike: two claims of a summary that share a quarter of
// their words are compared on a figure of one thing qualified alike ("as
// many as 22,503 troops", "as many as 15,000 troops"), not on figures
// without a qualifier.
func TestQualifiedAlike(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"President Trump amplified his anti-immigration message ahead of next week's midterm elections, saying he was now prepared to deploy as many as 22,503 troops to the Mexican border",
			"President Trump said Wednesday that he is willing to send as many as 15,000 troops to the border in anticipation of a caravan of Central American migrants making its way north.", 1},
		{"House Speaker Nancy Pelosi told House Democrats in a letter Sunday night that the $1 trillion infrastructure bill will be voted on Thursday.",
			"The Senate's bipartisan $1.2 trillion infrastructure bill and President Biden's $3.5 trillion spending package could live or die this week.", 0},
	} {
		a, b := analyse(c.a), analyse(c.b)
		if ov := max(overlap(a, b), overlap(b, a)); ov >= PairOverlap || ov < NameOverlap {
			t.Fatalf("%q: overlap %.2f, want it in [NameOverlap, PairOverlap)", c.a, ov)
		}
		n := 0
		for _, m := range Compare(a, b, Summary) {
			if m.Kind == "number" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%q: %d number matches, want %d", c.a, n, c.want)
		}
	}
}

// TestTitleBeforeBody: a title word before the word of a body is part of
// the body's name, so a lone name after it is compared with the body's
// word without the two words before it being the same ("push the Justice
// Okonkwo", "comply with the Justice Department's request").
func TestTitleBeforeBody(t *testing.T) {
	a := analyse("``It would be a little odd for the administration to push the Justice Okonkwo in this suit,'' he said.")
	b := analyse("The judge ordered the company to comply with the Justice Department's request to examine its financial records.")
	a.Elsewhere = func(w string) bool { return w != "okonkwo" }
	got := loneInName(a, b, a.unmatched(b), nil, true, false)
	if len(got) != 1 || got[0].BKey != b.lowerText(got[0].B) || !strings.HasPrefix(got[0].BKey, "department") {
		t.Errorf("got %+v, want Okonkwo against Department's", got)
	}
}

// FuzzReadOnce: what Analyse reads once for a sentence gives what reading
// its words each time gives: overlaps as overlap both ways (one Lexicon,
// and two), a word's name and cue flags as isNameWord and cues read them
// from its text, a sign's start as mayStart.
func FuzzReadOnce(f *testing.F) {
	f.Add("Hurricane Mitch killed an estimated 9,000 people in Central America, officials said on Tuesday.",
		"Officials said Mitch had killed about 7,000 people in Honduras and that the U.S. would send $70 million.")
	f.Add("President Clinton didn't rule out a veto; the Clintons' Arkansas friends refused (Monday).",
		"CLINTON, the president, ruled out nothing in December: Hondurans and Honduras, €5 and ¥7.")
	f.Add("", "I")
	f.Fuzz(func(t *testing.T, a, b string) {
		lex := NewLexicon(stem)
		sa, sb := lex.Analyse(a), lex.Analyse(b)
		for _, c := range []struct {
			name string
			a, b *Sentence
		}{{"one Lexicon", sa, sb}, {"two Lexicons", sa, NewLexicon(stem).Analyse(b)}} {
			ab, ba := overlaps(c.a, c.b)
			if wab, wba := overlap(c.a, c.b), overlap(c.b, c.a); ab != wab || ba != wba {
				t.Errorf("%s: overlaps %v, %v; overlap %v, %v", c.name, ab, ba, wab, wba)
			}
		}
		for _, s := range []*Sentence{sa, sb} {
			for k, w := range s.Words {
				plain := w
				plain.gen = 0
				if isNameWord(w) != isNameWord(plain) {
					t.Errorf("word %d %q: isNameWord %v as read, %v from its text", k, w.Lower, isNameWord(w), isNameWord(plain))
				}
				if w.Sign && w.starts != mayStart(w.Lower) {
					t.Errorf("sign %d %q: starts %v, mayStart %v", k, w.Lower, w.starts, mayStart(w.Lower))
				}
			}
			plain := slices.Clone(s.Words)
			for k := range plain {
				plain[k].gen = 0
			}
			if got, want := cues(s.Words), cues(plain); !slices.Equal(got, want) {
				t.Errorf("%q: cues %v as read, %v from the words' texts", s.Text, got, want)
			}
		}
	})
}
