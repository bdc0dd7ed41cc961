package disagree

import (
	"math"
	"strconv"
	"strings"
)

// A Kind is what a quantity measures.
type Kind uint8

// The kinds of quantity.
const (
	Count   Kind = iota + 1 // a number of things: Unit is the thing's stem, "death" for deaths, or ""
	Money                   // Unit is the currency: "usd", "eur", "gbp", ...
	Percent                 // Unit is empty
	Measure                 // Unit is the unit: "mile", "km", "mph", "kph", "ton", ...
	Age                     // years of age
	Year                    // a calendar year
	Date                    // Value is month×100 + day
	Weekday                 // Value is 0 (Sunday) to 6
	Time                    // Value is minutes after midnight
)

var kindNames = [...]string{"", "count", "money", "percent", "measure", "age", "year", "date", "weekday", "time"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + strconv.Itoa(int(k))
}

// A Quantity is a figure of a sentence read as a value.
type Quantity struct {
	// Lo and Hi delimit its words as written, [Lo, Hi) in Sentence.Words:
	// the qualifier ("about", "at least"), the figure and its unit.
	Lo, Hi int
	// Num is the index in Sentence.Words of the figure itself.
	Num   int
	Value float64
	Kind  Kind
	Unit  string
	// Approx reports a figure with a qualifier: "about 6,100",
	// "more than 10,000".
	Approx bool
	// Bound says what the qualifier bounds: Above for a floor ("more
	// than", "at least", "over"), Below for a ceiling ("up to", "as many
	// as", "under"), JustBelow for a value just under ("nearly", "almost",
	// "close to"); zero for none ("about 6,100" is a value, approximate).
	Bound Bound
	// Head2 is, for a count, the content word after Unit ("job" after
	// "new" in "136,000 new jobs"), or the one right after that ("troop"
	// in "800 active duty troops"): Unit may be an adjective.
	Head2 string
	// Alt holds the same figure in other units when the sentence gives a
	// conversion in parentheses: "120-mph (205-kph)" is 120 mph with the
	// alternative 205 kph.
	Alt []Quantity
}

// A Bound is what a figure's qualifier says of the value (Quantity.Bound).
type Bound uint8

// The bounds.
const (
	Exact     Bound = iota // no bound: the value itself, approximate or not
	Above                  // at least the figure: "more than 15,000"
	Below                  // at most the figure: "up to 15,000"
	JustBelow              // a little under the figure: "nearly $500 billion"
)

// bounds gives the bound of each qualifier that sets one.
var bounds = map[string]Bound{
	"more than": Above, "at least": Above, "upwards of": Above, "over": Above,
	"less than": Below, "fewer than": Below, "at most": Below, "up to": Below,
	"as many as": Below, "as much as": Below, "under": Below,
	"nearly": JustBelow, "almost": JustBelow, "close to": JustBelow,
}

// span returns the values q allows: the figure itself, or for a bound
// the values that a writer would round to it, a floor up to half again
// above it ("more than 15,000": 15,300), a ceiling down to two-thirds of
// it, "nearly" down to four-fifths.
func (q Quantity) span() (lo, hi float64) {
	v := q.Value
	switch q.Bound {
	case Above:
		return v, 1.5 * v
	case Below:
		return v / 1.5, v
	case JustBelow:
		return 0.8 * v, v
	}
	return v, v
}

// consistent reports whether q and r, one of them a bound and the other
// a value, can give one value: "more than 15,000" and "15,300", "nearly
// $500 billion" and "$484 billion". Two bounds of other figures ("at
// least 231", "at least 345") differ as the figures do.
func consistent(q, r Quantity) bool {
	if (q.Bound == Exact) == (r.Bound == Exact) || q.Value <= 0 || r.Value <= 0 {
		return false
	}
	ql, qh := q.span()
	rl, rh := r.span()
	return ql <= rh && rl <= qh
}

// key returns the quantity's value as a string that equal values share.
func (q Quantity) key() string {
	return q.Kind.String() + ":" + q.Unit + ":" + strconv.FormatFloat(q.Value, 'g', 12, 64)
}

var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"mln": 1e6, "bln": 1e9, "bn": 1e9,
}

// currencyBefore are the currency signs and words written before a figure.
var currencyBefore = map[string]string{
	"$": "usd", "dlrs": "usd", "usd": "usd", "us$": "usd", "£": "gbp", "€": "eur", "eur": "eur", "¥": "jpy", "gbp": "gbp",
}

// currencyAfter are the currency words written after a figure.
var currencyAfter = map[string]string{
	"dollars": "usd", "dollar": "usd", "dlrs": "usd", "euros": "eur", "euro": "eur", "pounds": "gbp",
	"sterling": "gbp", "yen": "jpy", "yuan": "cny", "renminbi": "cny", "rupees": "inr", "pesos": "peso",
	"francs": "franc", "marks": "dem", "rubles": "rub", "roubles": "rub", "ecus": "ecu", "won": "krw",
}

// measures are the units of measure, by the words that write them.
var measures = map[string]string{
	"mph": "mph", "kph": "kph", "kmh": "kph", "km": "km", "kilometers": "km", "kilometres": "km", "kilometer": "km",
	"kilometre": "km", "miles": "mile", "mile": "mile", "meters": "m", "metres": "m", "meter": "m", "metre": "m",
	"feet": "ft", "foot": "ft", "ft": "ft", "inches": "in", "inch": "in", "cm": "cm", "centimeters": "cm",
	"mm": "mm", "millimeters": "mm", "kg": "kg", "kilograms": "kg", "kilos": "kg", "tons": "t", "tonnes": "t",
	"ton": "t", "tonne": "t", "acres": "acre", "hectares": "ha", "degrees": "deg", "gallons": "gal",
	"liters": "l", "litres": "l", "barrels": "bbl", "hours": "h", "hour": "h", "minutes": "min",
	"minute": "min", "seconds": "s", "days": "day", "day": "day", "weeks": "week", "week": "week",
	"months": "month", "month": "month", "years": "year", "year": "year", "knots": "knot", "magnitude": "mag",
}

var weekdays = map[string]float64{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

var months = map[string]float64{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
	"sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

// qualifiers are the words before a figure that make it approximate or a
// bound, longest first.
var qualifiers = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"at", "most"},
	{"up", "to"}, {"as", "many", "as"}, {"as", "much", "as"}, {"close", "to"}, {"upwards", "of"},
	{"an", "estimated"}, {"nearly"}, {"almost"}, {"about"}, {"around"}, {"roughly"},
	{"approximately"}, {"some"}, {"over"}, {"under"}, {"estimated"},
}

// starters holds the words other than figures that may start a
// quantity: the first words of qualifiers, currencies written before the
// figure, number words, weekdays and months.
var starters = func() map[string]bool {
	m := map[string]bool{"us": true, "a": true}
	for _, q := range qualifiers {
		m[q[0]] = true
	}
	for _, t := range []map[string]float64{numberWords, weekdays, months} {
		for w := range t {
			m[w] = true
		}
	}
	for w := range currencyBefore {
		m[w] = true
	}
	return m
}()

// mayStart reports whether a quantity may start at the word lw: a
// figure, or one of starters.
func mayStart(lw string) bool { return isNumeric(lw) || starters[lw] }

// deathWords are the stems of words that make a count a death toll.
// injuryWords are the stems of words of injury: a count right after one
// counts the injured, not the dead.
var injuryWords = map[string]bool{"injur": true, "wound": true, "hurt": true}

var deathWords = map[string]bool{
	"die": true, "dead": true, "death": true, "kill": true, "toll": true, "fatal": true,
	"fatality": true, "perish": true, "drown": true, "bodi": true, "live": true, "life": true,
	"casualti": true,
}

// numberAt reads a figure starting at word i: digits, or number words
// ("twenty-five", "two hundred thousand"), with a following scale
// ("1.2 million"). It returns the value and the index after the figure,
// or ok false.
func numberAt(ws []Word, i int) (v float64, next int, ok bool) {
	w := ws[i]
	if w.Sign {
		return 0, i, false
	}
	if w.Lower == "a" {
		// "a million", "a hundred", "a dozen": one of the scale
		if i+1 >= len(ws) {
			return 0, i, false
		}
		switch s := ws[i+1].Lower; {
		case s == "dozen":
			return 12, i + 2, true
		case s == "hundred" || s == "thousand" || s == "million" || s == "billion" || s == "trillion":
			v, next = 1, i+1
		default:
			return 0, i, false
		}
	} else if isNumeric(w.Lower) {
		if strings.ContainsRune(w.Lower, ':') {
			return 0, i, false
		}
		f, err := strconv.ParseFloat(w.Lower, 64)
		if err != nil {
			return 0, i, false
		}
		v, next = f, i+1
	} else {
		// number words: a sum of parts, each part scaled
		// ("one thousand two hundred and five")
		total, cur := 0.0, 0.0
		j := i
		seen := false
		for j < len(ws) && !ws[j].Sign {
			lw := ws[j].Lower
			if n, ok := numberWords[lw]; ok {
				cur += n
				seen = true
			} else if s, ok := scales[lw]; ok && seen && s == 100 {
				cur *= 100
			} else if ok && seen {
				total += cur * s
				cur = 0
			} else if lw == "and" && seen && j+1 < len(ws) && isNumberWord(ws[j+1].Lower) {
				// "two hundred and five"
			} else {
				break
			}
			j++
		}
		if !seen {
			return 0, i, false
		}
		v, next = total+cur, j
		if w.Lower == "one" && next == i+1 && (next >= len(ws) || ws[next].Lower == "of" || ws[next].Stem == "" || ws[next].Sign) {
			return 0, i, false // "one of", "one another": not a figure
		}
		return v, next, true
	}
	for next < len(ws) && !ws[next].Sign {
		s, ok := scales[ws[next].Lower]
		if !ok {
			break
		}
		v *= s
		next++
	}
	return v, next, true
}

func isNumberWord(w string) bool { _, ok := numberWords[w]; return ok }

func isScale(w string) bool { _, ok := scales[w]; return ok }

// quantities reads the figures of a sentence.
func quantities(ws []Word) []Quantity {
	var out []Quantity
	for i := 0; i < len(ws); i++ {
		q, next, ok := quantityAt(ws, i)
		if !ok {
			continue
		}
		// a conversion in parentheses: "120-mph (205-kph)", "(dlrs 7.7 million)"
		if next+1 < len(ws) && ws[next].Lower == "(" {
			if alt, an, ok := quantityAt(ws, next+1); ok && an < len(ws) && ws[an].Lower == ")" && alt.Kind == q.Kind && alt.Kind != Count {
				q.Alt = append(q.Alt, alt)
				q.Hi = an + 1
				next = an + 1
			}
		}
		if q.Kind == Count && (q.Unit == "" || q.Unit == "peopl" || q.Unit == "person") && nearDeath(ws, q.Lo, q.Hi) {
			q.Unit = "death"
		}
		out = append(out, q)
		i = next - 1
	}
	// "from 7,000 to about 6,100": the two count one thing, what the first
	// counts
	for k := 1; k < len(out); k++ {
		x, y := out[k-1], &out[k]
		if x.Kind == Count && y.Kind == Count && x.Unit != "" && y.Unit == "" && x.Lo > 0 && ws[x.Lo-1].Lower == "from" && x.Hi < len(ws) && ws[x.Hi].Lower == "to" && y.Lo == x.Hi+1 {
			y.Unit, y.Head2 = x.Unit, x.Head2
		}
	}
	return out
}

// quantityAt reads a quantity whose figure (or qualifier, or currency)
// starts at word i.
func quantityAt(ws []Word, i int) (Quantity, int, bool) {
	lw := ws[i].Lower
	if !ws[i].starts {
		return Quantity{}, i + 1, false
	}
	if d, ok := weekdays[lw]; ok {
		return Quantity{Lo: i, Hi: i + 1, Num: i, Value: d, Kind: Weekday}, i + 1, true
	}
	if m, ok := months[lw]; ok && ws[i].Cap {
		// "Dec. 1", "December 1": a day must follow
		if i+1 < len(ws) && isNumeric(ws[i+1].Lower) {
			if d, err := strconv.Atoi(ws[i+1].Lower); err == nil && d >= 1 && d <= 31 {
				hi := i + 2
				if hi < len(ws) && ws[hi].Joined && isNumeric(ws[hi].Lower) {
					hi++ // a range of days, "Nov. 14-18": one date, no count of 18
				}
				return Quantity{Lo: i, Hi: hi, Num: i + 1, Value: m*100 + float64(d), Kind: Date}, hi, true
			}
		}
		return Quantity{}, i + 1, false
	}
	if strings.ContainsRune(lw, ':') && isNumeric(lw) {
		// "10:30", "10:30 a.m."
		h, m, _ := strings.Cut(lw, ":")
		hh, err1 := strconv.Atoi(h)
		mm, err2 := strconv.Atoi(m)
		if err1 != nil || err2 != nil || hh > 24 || mm > 59 {
			return Quantity{}, i + 1, false
		}
		next := i + 1
		if next < len(ws) && (ws[next].Lower == "pm" || ws[next].Lower == "am") {
			if ws[next].Lower == "pm" && hh < 12 {
				hh += 12
			}
			next++
		}
		return Quantity{Lo: i, Hi: next, Num: i, Value: float64(hh*60 + mm), Kind: Time}, next, true
	}

	lo := i
	approx := false
	bound := Exact
	for _, q := range qualifiers {
		if i+len(q) < len(ws) && matchWords(ws[i:], q) {
			approx = true
			bound = bounds[strings.Join(q, " ")]
			i += len(q)
			break
		}
	}
	cur := ""
	if c, ok := currencyBefore[ws[i].Lower]; ok && i+1 < len(ws) {
		if ws[i].Lower == "us" {
			return Quantity{}, lo + 1, false
		}
		cur = c
		i++
	} else if ws[i].Lower == "us" && i+2 < len(ws) && ws[i+1].Lower == "$" {
		cur = "usd"
		i += 2
	}
	v, next, ok := numberAt(ws, i)
	if !ok || ws[i].Joined && i > 0 && !isNumeric(ws[i-1].Lower) {
		return Quantity{}, lo + 1, false // "Covid-19", "F-16": part of a name
	}
	q := Quantity{Lo: lo, Num: i, Value: v, Approx: approx, Bound: bound}
	if next < len(ws) && ws[next].Joined && isNumeric(ws[next].Lower) && cur == "" {
		// a tally or score: "52-48", one figure
		if w, err := strconv.ParseFloat(ws[next].Lower, 64); err == nil {
			q.Kind, q.Unit, q.Value, q.Hi = Count, "-"+strconv.FormatFloat(w, 'g', -1, 64), v, next+1
			return q, next + 1, true
		}
	}
	switch {
	case cur != "":
		q.Kind, q.Unit = Money, cur
		// "$7.7 million" read; "US$ 5 m"
		if next < len(ws) && ws[next].Lower == "m" {
			q.Value *= 1e6
			next++
		}
	case next < len(ws) && ws[next].Lower == "%":
		q.Kind = Percent
		next++
	case next < len(ws) && (ws[next].Lower == "percent" || ws[next].Lower == "pct"):
		q.Kind = Percent
		next++
		if next < len(ws) && ws[next].Lower == "points" {
			next++
		}
	case next+1 < len(ws) && ws[next].Lower == "per" && ws[next+1].Lower == "cent":
		q.Kind = Percent
		next += 2
	case next < len(ws) && currencyAfter[ws[next].Lower] != "":
		q.Kind, q.Unit = Money, currencyAfter[ws[next].Lower]
		next++
	case next+2 < len(ws) && ws[next].Lower == "european" && ws[next+1].Lower == "currency" && ws[next+2].Lower == "units":
		q.Kind, q.Unit = Money, "ecu"
		next += 3
	case next+1 < len(ws) && (ws[next].Lower == "year" || ws[next].Lower == "years") && ws[next+1].Lower == "old":
		q.Kind = Age
		next += 2
	case next < len(ws) && measures[ws[next].Lower] != "":
		q.Kind, q.Unit = Measure, measures[ws[next].Lower]
		next++
	case isYear(ws[i].Lower) && !approx:
		q.Kind = Year
	default:
		q.Kind = Count
		q.Unit = countHead(ws, next)
		if q.Unit != "" && q.Unit != "death" {
			// the next content word too: "new jobs", "active duty troops"
			for j := next; j < len(ws) && j < next+4; j++ {
				if ws[j].Stem == q.Unit {
					q.Head2 = countHead(ws, j+1)
					// a plural noun right after the second, the noun of
					// the three: "active duty troops" ("army officers
					// wanted" keeps "offic")
					if k := j + 2; q.Head2 != "" && k < len(ws) && ws[k-1].Stem == q.Head2 && plural(ws[k]) {
						if h := countHead(ws, k); h == ws[k].Stem {
							q.Head2 = h
						}
					}
					break
				}
			}
		}
	}
	q.Hi = next
	if q.Kind == Count && q.Value != math.Trunc(q.Value) && q.Unit == "" {
		// "7.7" with nothing counted: a score, a version, a rating
		q.Unit = "."
	}
	if q.Kind == Count && fractions[q.Unit] && next < len(ws) && ws[next].Joined {
		q.Unit = "." // "two-thirds": a share, no count
	}
	if q.Kind == Count && q.Unit == "" && !approx && lo == i && i > 0 && ws[i-1].Cap && !ws[i-1].Sign && ws[i-1].Stem != "" {
		q.Unit = "#" + ws[i-1].Stem // "Game 1", "Flight 93": numbered by a name, compared only with the same name's number
	}
	if q.Kind == Count && q.Unit == "" && !approx && lo == i && i >= 2 && ws[i-1].Lower == "," && ws[i-2].Cap &&
		next < len(ws) && ws[next].Lower == "," && q.Value >= 1 && q.Value < 120 && q.Value == math.Trunc(q.Value) {
		q.Kind = Age // "Lahoud, 62, a former commander"
	}
	return q, next, true
}

// fractions are the shares a figure joined to them makes: "two-thirds".
var fractions = map[string]bool{"third": true, "quarter": true, "half": true, "halv": true, "fifth": true, "tenth": true}

// plural reports a lower-case content word that reads as a plural noun:
// ending in "s" (not "ss"), its stem shorter ("troops", "cases").
func plural(w Word) bool {
	l := w.Lower
	return w.Stem != "" && !w.Sign && !w.Cap && len(l) > 3 && l[len(l)-1] == 's' && l[len(l)-2] != 's' && w.Stem != l
}

// countHead returns the stem of the thing a count counts: the first
// content word within two words after it ("231 people", "100
// storm-related deaths"), "death" for a word of death.
func countHead(ws []Word, i int) string {
	for j := i; j < len(ws) && j < i+4; j++ {
		w := ws[j]
		if w.Sign || prepositions[w.Lower] {
			return ""
		}
		if w.Stem == "" {
			if isNumeric(w.Lower) {
				return ""
			}
			continue
		}
		if j+1 < len(ws) && ws[j+1].Joined {
			for j+1 < len(ws) && ws[j+1].Joined && isNumeric(ws[j+1].Lower) {
				j++ // "Covid-19 cases"
			}
			continue // the first part of "storm-related"
		}
		if deathWords[w.Stem] {
			return "death"
		}
		if peopleWords[w.Stem] {
			return "peopl"
		}
		return w.Stem
	}
	return ""
}

// peopleWords are the stems of words that count people: one unit.
var peopleWords = map[string]bool{
	"peopl": true, "person": true, "american": true, "individu": true, "resid": true, "citizen": true,
}

// prepositions end the words after a count before its noun: "943,000 for
// the month" counts no months.
var prepositions = map[string]bool{
	"of": true, "for": true, "in": true, "on": true, "at": true, "by": true, "from": true, "to": true,
	"with": true, "since": true, "after": true, "before": true, "during": true, "than": true, "as": true,
}

func matchWords(ws []Word, q []string) bool {
	for k, s := range q {
		if ws[k].Lower != s {
			return false
		}
	}
	return true
}

func isYear(w string) bool {
	if len(w) != 4 || !isNumeric(w) {
		return false
	}
	y, err := strconv.Atoi(w)
	return err == nil && y >= 1800 && y <= 2100
}

// nearDeath reports a word of death within six words before [lo, hi)
// or four after: "killing at least 32 people", "14 people had died",
// "750,003 Americans who have died"; not
// for a count right after a word of injury, which counts the injured
// ("killing 60 people and injuring 155").
func nearDeath(ws []Word, lo, hi int) bool {
	if lo > 0 && injuryWords[ws[lo-1].Stem] {
		return false
	}
	for j := max(0, lo-6); j < min(len(ws), hi+4); j++ {
		if (j < lo || j >= hi) && deathWords[ws[j].Stem] {
			return true
		}
	}
	return false
}
