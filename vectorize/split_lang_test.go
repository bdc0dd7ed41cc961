package vectorize

import (
	"strings"
	"testing"
)

// splitCases are news sentences written for these tests, with the
// abbreviations, ordinals and dates of each language; each case's want
// lists its sentences. TestSplitLanguages checks Language.Split on them and
// reports how plain Split (English lists) fares: the figures in README.md.
var splitCases = map[string][]string{
	"german": {
		"Der Zug fuhr um 8 Uhr ab, d. h. zwei Std. zu spät.",
		"Laut Prof. Dr. Meier kamen ca. 200 Fahrgäste, u. a. aus Hamburg, Berlin usw.",
		"Die Bahn sprach von rd. 3 Mio. Euro Schaden.",
		"Am 3. Oktober beginnt der Umbau gem. Plan Nr. 7 (vgl. S. 12).",
		"Das wurde im 19. Jh. gebaut.",
		"Er schrieb z. B. an Hrn. Weber.",
		"Der Schaden beträgt 3 Mrd.",
		"Die Regierung will helfen.",
		"Der 1. FC Köln schlug den 2. FC Heidenheim, sagte der Trainer.",
		"1. FC Köln gewinnt das 2. Spiel in Folge.",
		"Er kam auf Platz 2.",
		"Der Trainer war zufrieden.",
	},
	"french": {
		"M. Dupont et Mme Martin ont visité la gare, cf. le rapport p. 4.",
		"Le train transportait env. 300 voyageurs, des enfants, des chiens, etc.",
		"Les travaux dureront jusqu'en sept. 2026, selon la SNCF.",
		"Il a parlé au Dr Bernard, c.-à-d. au médecin de garde.",
		"L'accident a eu lieu vers 8 h.",
		"Personne n'a été blessé.",
	},
	"spanish": {
		"El Sr. García y la Sra. López llegaron a las 8, aprox. una hora tarde.",
		"El informe (pág. 12) cita al Dr. Pérez, de la Avda. de América.",
		"Los daños ascienden a 3 millones de euros, según la policía, etc.",
		"El tren salió de Madrid en ene. de 2024 y llegó a Sevilla.",
		"Ud. no debe viajar hoy.",
		"Los trenes no circulan.",
	},
	"italian": {
		"Il Sig. Rossi e la Dott.ssa Bianchi sono arrivati alle 8.",
		"Il rapporto (pag. 12, cfr. art. 5) parla di danni, ritardi ecc.",
		"La linea sarà chiusa fino a set. 2025, secondo le Ferrovie.",
		"L'Ing. Verdi ha detto che i lavori costano ca. 3 milioni.",
	},
	"portuguese": {
		"O Sr. Silva e a Dra. Costa chegaram às 8 horas.",
		"O relatório (pág. 12, art. 5) fala de atrasos, danos, etc.",
		"A linha fica fechada até set. de 2025, segundo a CP.",
		"O Prof. Santos disse que a obra custa aprox. 3 milhões.",
	},
	"dutch": {
		"Volgens dhr. Jansen en mevr. de Vries kwamen er ca. 200 reizigers.",
		"De schade, o.a. aan het spoor, bedraagt bijv. 3 miljoen euro.",
		"Prof. dr. Bakker sprak op 3 okt. in Utrecht.",
		"Er waren treinen, bussen, trams enz.",
		"De NS bood excuses aan.",
	},
	"swedish": {
		"Enligt bl.a. polisen skadades ingen, dvs. alla klarade sig.",
		"Tåget avgick kl. 8 från Stockholm, t.ex. mot Göteborg.",
		"Skadorna gäller spår, vägar, broar osv.",
		"Det tar veckor att laga.",
		"Prof. Lindgren räknar med ca. 3 milj. kronor i kostnader.",
	},
	"norwegian": {
		"Ifølge bl.a. politiet ble ingen skadet, dvs. alle kom seg ut.",
		"Toget gikk kl. 8 fra Oslo, f.eks. mot Bergen.",
		"Skadene gjelder spor, veier, broer osv.",
		"Det tar uker å reparere.",
		"Prof. Hansen regner med ca. 3 mill. kroner i kostnader.",
	},
	"danish": {
		"Ifølge bl.a. politiet kom ingen til skade, dvs. alle slap ud.",
		"Toget kørte kl. 8 fra København, f.eks. mod Aarhus.",
		"Skaderne gælder spor, veje, broer osv.",
		"Det tager uger at reparere.",
		"Prof. Hansen regner med ca. 3 mio. kr. i udgifter.",
	},
	"finnish": {
		"Juna lähti klo 8 Helsingistä, esim. Tampereelle.",
		"Vahingot koskevat mm. raiteita, teitä, siltoja jne.",
		"Korjaus kestää viikkoja.",
		"Prof. Virtanen arvioi kustannuksiksi n. 3 milj. euroa.",
		"Myrsky alkoi 3. tammikuuta ja kesti kaksi päivää.",
	},
	"russian": {
		"Поезд ушёл в 8 ч. утра, т. е. на час позже.",
		"По данным проф. Иванова, пострадали ок. 200 человек, в т.ч. дети.",
		"Ущерб составил 3 млн руб.",
		"Власти обещали помощь.",
		"Дорогу построили в 1990 г.",
		"Сейчас её ремонтируют.",
		"Движение закрыто на ул. Ленина, д. 5, и т. д.",
	},
}

func TestSplitLanguages(t *testing.T) {
	for _, name := range Languages() {
		want, ok := splitCases[name]
		if !ok {
			continue
		}
		lang, err := LookupLanguage(name)
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(want, " ")
		got := sentTexts(lang.Split(0, text))
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: Language.Split:\n%s\nwant:\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		plain := sentTexts(Split(0, text))
		t.Logf("%-10s %d sentences: Language.Split finds %d correctly, Split (English lists) %d",
			name, len(want), common(got, want), common(plain, want))
	}
}

// TestSplitLanguageEnglish checks that the English lists are what Split
// uses: Language.Split for English is Split.
func TestSplitLanguageEnglish(t *testing.T) {
	en, _ := LookupLanguage("english")
	text := "Mr. Smith went to Washington, D.C. on Monday. He met Gen. Jones. The U.S. Army said so."
	if a, b := sentTexts(en.Split(0, text)), sentTexts(Split(0, text)); strings.Join(a, "|") != strings.Join(b, "|") {
		t.Errorf("english: %q, Split: %q", a, b)
	}
}

func sentTexts(ss []Sentence) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = s.Text
	}
	return out
}

// common counts the sentences of got that are sentences of want.
func common(got, want []string) int {
	in := map[string]bool{}
	for _, w := range want {
		in[w] = true
	}
	n := 0
	for _, g := range got {
		if in[g] {
			n++
		}
	}
	return n
}
