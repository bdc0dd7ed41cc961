package vectorize

// Word lists used by Split. Keys are matched against the token before a
// period without the period ("Mr" for "Mr."); see spAbbrevKind for the case
// rules.

// Kinds of abbreviation: they decide whether a period after the
// abbreviation may end a sentence.
const (
	spAbNone    uint8 = iota
	spAbTitle         // precedes a name, never ends a sentence: Mr., Gen., Sen.
	spAbNoBreak       // never ends a sentence: vs., e.g., cf.
	spAbNumber        // usually precedes a number: No. 5, Fig. 3, pp. 10
	spAbMonth         // month: Jan. 5, Sept. 30
	spAbStarter       // may end a sentence: Inc., Jr., etc., U.S., a.m.
)

var spAbbrevs = map[string]uint8{}

func init() {
	add := func(kind uint8, words ...string) {
		for _, w := range words {
			spAbbrevs[w] = kind
		}
	}
	add(spAbTitle,
		"Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Mssr",
		"Dr", "Drs", "Dra", "Prof", "Profs",
		"Gen", "Gens", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs",
		"Lt", "Col", "Sgt", "Capt", "Adm", "Maj", "Cmdr", "Cdr", "Cpl",
		"Pvt", "Pfc", "Spc", "Brig", "Cmdt",
		"Rev", "Hon", "Pres", "Supt", "Det", "Insp", "Msgr", "Atty", "Amb",
		"Mt", "Ft", "Sra", "Srta", "Hr", "Hrn", "Fr", "Dipl", "Ing",
	)
	add(spAbNoBreak,
		"vs", "cf", "viz", "approx", "appx", "incl", "esp", "resp", "ca",
		"bzw", "vgl", "sog", "ggf", "evtl", "inkl", "zzgl", "abzgl", "bspw",
		"eg", "ie",
	)
	add(spAbNumber,
		"No", "Nos", "Nr", "Nrn", "N°", "Nº", "Fig", "Figs", "Vol", "Vols",
		"Art", "Sec", "Secs", "Ch", "Chap", "Para", "Pt", "Pts", "Ed", "Eds",
		"Op", "Tel", "Tab", "Kap", "Abs", "Bd", "Núm", "Pág",
		"no", "nos", "nr", "fig", "figs", "vol", "vols", "art", "sec", "ch",
		"chap", "para", "p", "pp", "pg", "ed", "eds", "op", "tel", "núm",
		"pág", "ref",
		// Rupees: "Rs. 3520".
		"Rs", "rs",
	)
	add(spAbMonth,
		"Jan", "Feb", "Febr", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
		"Sept", "Oct", "Okt", "Nov", "Dec", "Dez",
	)
	add(spAbStarter,
		// "Sr." is Spanish "Señor" as well as English "Senior".
		"Inc", "Corp", "Ltd", "Co", "Cos", "Jr", "Sr", "St", "Ste", "Bros",
		"Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Intl", "Natl", "Govt",
		"Est", "Mfg", "Pty", "Ltda", "Cía", "Hnos", "Str", "Av", "Avda",
		"etc", "al", "usw", "Mio", "Mrd", "Tsd", "Jh", "dept", "govt", "est",
		"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
		"Sun",
		// US states in AP style.
		"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga",
		"Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich",
		"Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore",
		"Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wisc",
		"Wyo",
	)
}

// spTitleOnly are title abbreviations that are never names; other titles
// ("Sen", "Gen", "Col") count as names in a text that mostly writes them
// without a period.
var spTitleOnly = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Mmes": true,
	"Mme": true, "Mlle": true, "Mssr": true, "Dr": true, "Drs": true,
	"Dra": true, "Prof": true, "Profs": true, "Sra": true, "Srta": true,
}

// spAcronymNoBreak are dotted abbreviations (lower-cased, without the final
// period) after which a sentence never ends.
var spAcronymNoBreak = map[string]bool{
	"e.g": true, "i.e": true, "z.b": true, "d.h": true, "u.a": true,
	"s.o": true, "s.u": true, "a.k.a": true, "u.u": true, "i.d.r": true,
	"v.a": true, "z.t": true, "p.ex": true, "n.b": true,
}

// spStarters are frequent sentence-initial words. After an abbreviation that
// may end a sentence ("U.S.", "Inc.", "a.m."), a sentence break is made only
// if the next word is one of these (the Punkt heuristic of frequent
// sentence starters).
var spStarters = map[string]bool{}

func init() {
	for _, w := range []string{
		"A", "An", "The", "He", "She", "It", "They", "We", "I", "You",
		"His", "Her", "Its", "Their", "Our", "My", "Your",
		"This", "That", "These", "Those", "There", "Here",
		"But", "And", "Or", "So", "Yet", "Nor", "If", "When", "While",
		"Where", "What", "Why", "How", "Who", "Which", "Whose", "Whether",
		"After", "Before", "As", "At", "On", "In", "For", "From", "With",
		"Without", "By", "To", "Of", "Since", "Because", "Although",
		"Though", "However", "Meanwhile", "Moreover", "Furthermore",
		"Also", "Still", "Then", "Thus", "Now", "Today", "Yesterday",
		"Tomorrow", "Last", "Next", "Some", "Many", "Most", "Much", "More",
		"Several", "Few", "All", "Both", "Each", "Every", "Any", "No",
		"None", "Not", "One", "Two", "Three", "Other", "Others", "Another",
		"Such", "Only", "Even", "Earlier", "Later", "During", "Despite",
		"Under", "Over", "According", "Instead", "Indeed", "Nevertheless",
		"Nonetheless", "Otherwise", "Further", "Finally", "First",
		"Second", "Third", "Is", "Are", "Was", "Were", "Do", "Does", "Did",
		"Can", "Could", "Will", "Would", "Should", "Has", "Have", "Had",
		"Let", "Please", "Yes", "Unlike", "Like", "Among", "About",
		"Between", "Through", "Once", "Until", "Unless", "Perhaps",
		"Maybe", "Everyone", "Nobody", "Officials", "Analysts",
		// Quantities that open news sentences ("Millions attended").
		"Millions", "Thousands", "Hundreds", "Dozens",
		// German, French, Spanish pronouns and articles that are not
		// common in place names.
		"Der", "Die", "Das", "Er", "Es", "Wir", "Ich", "Il", "Elle",
		"Ils", "Nous", "Je", "Yo", "Ella",
	} {
		spStarters[w] = true
	}
}

// spOrdinalFollowers are words that follow a German ordinal number ("am
// 3. Oktober", "im 19. Jahrhundert"): the period after the number does not
// end the sentence.
var spOrdinalFollowers = map[string]bool{
	"Januar": true, "Jänner": true, "Februar": true, "März": true,
	"April": true, "Mai": true, "Juni": true, "Juli": true, "August": true,
	"September": true, "Oktober": true, "November": true, "Dezember": true,
	"Jahrhundert": true, "Jahrhunderts": true, "Weltkrieg": true,
	"Weltkriegs": true, "Platz": true, "Mal": true, "Liga": true,
	"Bundesliga": true, "Runde": true, "Spieltag": true, "Stock": true,
	"Etage": true, "Kapitel": true, "Auflage": true, "Klasse": true,
}

// spParticles are lower-case name particles: "de Klerk has said" may start
// a sentence.
var spParticles = map[string]bool{
	"de": true, "van": true, "von": true, "bin": true, "al": true, "el": true,
	"da": true, "di": true, "du": true, "der": true, "den": true, "del": true,
	"dos": true, "ibn": true, "ter": true, "ten": true,
}

// spTimeWords are words that may follow a time ("at 10 a.m. Tuesday") in the
// same sentence: weekdays, months and time zones.
var spTimeWords = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true,
	"Friday": true, "Saturday": true, "Sunday": true,
	"January": true, "February": true, "March": true, "April": true,
	"May": true, "June": true, "July": true, "August": true,
	"September": true, "October": true, "November": true, "December": true,
	"Eastern": true, "Central": true, "Mountain": true, "Pacific": true,
	"Atlantic": true, "Greenwich": true, "Universal": true,
}
