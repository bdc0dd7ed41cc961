package vectorize

// Abbreviations and sentence starters per language, for Language.Split.
// Written for concord from the languages' standard abbreviations (style
// guides of the news agencies and the Duden, Larousse, RAE, Treccani,
// Priberam, Van Dale, Svenska skrivregler, Språkrådet, Retskrivningsordbogen,
// Kielitoimiston ohjepankki and Rosenthal's Russian style rules), and
// cross-checked against the abbreviation types of the NLTK Punkt models
// for these languages (Russian has none). English needs no additions: its
// lists are in split_abbrev.go.
//
// Kinds (see split_abbrev.go): title precedes a name and never ends a
// sentence; nobreak never ends one; number usually precedes a number;
// month is a month; starter may end a sentence, and does before a
// frequent sentence starter. Abbreviations that mostly end a sentence
// ("jne.", "руб.") are not listed: like any word, they end one before a
// capital letter.

func init() {
	spOrdinalFollowers["Jh"] = true // "im 19. Jh."
	spAddLang("german", map[uint8]string{
		spAbTitle:   "hr hrn fr frl dr prof dipl ing sr",
		spAbNoBreak: "bzw vgl sog ggf evtl inkl zzgl abzgl bspw bsp gem geb gest hrsg insb ca rd u.a z.b d.h u.u o.ä s.o s.u i.d.r z.t v.a",
		spAbNumber:  "nr abs art bd kap abb tab ziff jg s",
		spAbMonth:   "jan feb febr mär apr aug sep sept okt nov dez",
		spAbStarter: "usw usf etc mio mrd tsd jh chr std min sek str",
	}, `Der Die Das Den Dem Des Ein Eine Einen Er Sie Es Wir Ich Man Auch Doch
		Aber Und Oder Nach Bei Im In Am An Auf Aus Mit Für Zu Zum Zur Vor Seit
		Wie Was Wer Wenn Als Dies Diese Dieser Dieses Damit Dann Danach Dabei
		Deshalb Daher So Zudem Außerdem Laut Nun Jetzt Heute Gestern Bisher
		Noch Nicht Kein Keine Viele Alle Mehr Unter Über Trotz Während Wegen Um
		Bereits Inzwischen Allerdings Dort Hier`)
	spAddLang("french", map[uint8]string{
		spAbTitle:   "mm mme mmes mlle mlles me mgr pr dr",
		spAbNoBreak: "cf env p.ex c.-à-d c.à.d av apr",
		spAbNumber:  "n° no art chap vol fig t éd p",
		spAbMonth:   "janv févr avr juil sept oct nov déc",
		spAbStarter: "etc cie hab bd min max",
	}, `Le La Les L Un Une Des Il Elle Ils Elles On Nous Vous Je Ce Cette Ces
		Cet C Mais Et Ou Donc Car Selon Après Avant Depuis Pour Par Dans En Au
		Aux Du De D Lors Alors Ainsi Cependant Pourtant Toutefois Enfin Puis
		Aucun Aucune Personne Certains Plusieurs Quand Si Sur Sous Entre Outre
		Malgré Pendant Qu Aujourd Hier Leur Leurs Son Sa Ses Tous Toutes`)
	spAddLang("spanish", map[uint8]string{
		spAbTitle:   "sr sra srta sres dr dra lic ing prof dña excmo excma ilmo ilma mons fr d",
		spAbNoBreak: "aprox ej p.ej vs cf",
		spAbNumber:  "núm nº pág págs art cap vol tel",
		spAbMonth:   "ene feb abr jun jul ago sept oct nov dic",
		spAbStarter: "etc cía avda av ud uds vd vds",
	}, `El La Los Las Un Una Unos Unas Lo Él Ella Ellos Ellas Nosotros Se Su
		Sus Este Esta Estos Estas Ese Esa Eso Esto Pero Y O Sin Con Según Tras
		Después Antes Desde Durante En De Del Al A Por Para No Ni También
		Además Cuando Si Aunque Mientras Hoy Ayer Ya Así Entonces Nadie Todos
		Varios Algunos Otro Otros Más Hay Fue Es Era`)
	spAddLang("italian", map[uint8]string{
		spAbTitle:   "sig sigg sig.ra sig.na dott dott.ssa prof prof.ssa ing avv arch geom rag on sen mons",
		spAbNoBreak: "cfr ca pag pagg es",
		spAbNumber:  "n nr art cap vol tel",
		spAbMonth:   "gen feb mar apr mag giu lug ago set ott nov dic",
		spAbStarter: "ecc spa srl",
	}, `Il Lo La I Gli Le L Un Uno Una Questo Questa Quello Quella Ma E Non Per
		Secondo Dopo Prima Nel Nella Nei Dal Dalla Da Di Del Della In A Al Alla
		Con Su Sul Anche Inoltre Tuttavia Però Quindi Così Oggi Ieri Intanto
		Nessuno Tutti Alcuni Lui Lei Loro Noi Si Se Quando Mentre Già Ci C`)
	spAddLang("portuguese", map[uint8]string{
		spAbTitle:   "sr sra srs dr dra prof profa eng exmo exma mons d",
		spAbNoBreak: "aprox cf p.ex",
		spAbNumber:  "nº n pág págs art cap vol tel",
		spAbMonth:   "jan fev mar abr mai jun jul ago set out nov dez",
		spAbStarter: "etc av ltda cia",
	}, `O A Os As Um Uma Uns Umas Ele Ela Eles Elas Este Esta Esse Essa Isso
		Isto Mas E Não Segundo Após Depois Antes Desde Durante Em No Na Nos Nas
		De Do Da Para Por Com Sem Também Além Porém Contudo Assim Hoje Ontem
		Já Quando Se Ninguém Todos Vários Alguns Outros Há Foi É`)
	spAddLang("dutch", map[uint8]string{
		spAbTitle:   "dhr mevr mw dr drs ir ing mr prof ds",
		spAbNoBreak: "bijv bv d.w.z o.a m.b.t i.p.v t.o.v z.g m.a.w o.m vgl resp evt incl excl nl ca",
		spAbNumber:  "nr blz art hfdst",
		spAbMonth:   "jan feb mrt apr jun jul aug sep sept okt nov dec",
		spAbStarter: "enz etc jl a.s co st",
	}, `De Het Een Dat Dit Die Deze Hij Zij Ze Wij We Ik Er Maar En Ook Volgens
		Na Nadat Voor Tijdens In Op Bij Met Van Om Als Toen Daarna Daarom
		Echter Niemand Alle Veel Sommige Wel Niet Nog Zo Vandaag Gisteren`)
	spAddLang("swedish", map[uint8]string{
		spAbTitle:   "dir doc prof",
		spAbNoBreak: "bl.a t.ex s.k f.d fr.o.m t.o.m p.g.a resp ca dvs jfr ev inkl exkl",
		spAbNumber:  "kl nr s kap",
		spAbMonth:   "jan febr apr aug sept okt nov dec",
		spAbStarter: "osv etc m.m m.fl o.s.v milj mdr",
	}, `Det Den De En Ett Han Hon Vi Jag Man Men Och Enligt Efter Under Före
		Sedan I På Med För Till Om När Då Där Här Nu Också Dessutom Ingen Alla
		Många Flera Inte Samtidigt Därför`)
	spAddLang("norwegian", map[uint8]string{
		spAbTitle:   "dr prof adm.dir",
		spAbNoBreak: "bl.a f.eks dvs d.v.s o.l pga p.g.a ca jf jfr ev evt inkl ekskl",
		spAbNumber:  "kl nr s",
		spAbMonth:   "jan feb apr aug sep sept okt nov des",
		spAbStarter: "osv o.s.v etc m.m mill mrd",
	}, `Det Den De En Et Ei Han Hun Vi Jeg Man Men Og Ifølge Etter Under Før
		Siden I På Med For Til Om Når Da Der Her Nå Også Dessuten Ingen Alle
		Mange Flere Ikke Samtidig Derfor`)
	spAddLang("danish", map[uint8]string{
		spAbTitle:   "hr dr prof",
		spAbNoBreak: "bl.a f.eks fx dvs d.v.s pga p.g.a ca jf evt inkl ekskl hhv mht vedr",
		spAbNumber:  "kl nr s stk",
		spAbMonth:   "jan feb apr aug sep sept okt nov dec",
		spAbStarter: "osv o.s.v etc m.m m.fl pct mio mia mill",
	}, `Det Den De En Et Han Hun Vi Jeg Man Men Og Ifølge Efter Under Før Siden
		I På Med For Til Om Når Da Der Her Nu Også Desuden Ingen Alle Mange
		Flere Ikke Samtidig Derfor`)
	spAddLang("finnish", map[uint8]string{
		spAbTitle:   "tri prof dos",
		spAbNoBreak: "esim ns mm ks vrt ts n",
		spAbNumber:  "klo nro s puh v",
		spAbMonth:   "tammik helmik maalisk huhtik toukok kesäk heinäk elok syysk lokak marrask jouluk",
		spAbStarter: "milj mrd",
	}, `Se Ne Hän He Me Tämä Nämä Tuo Mutta Ja Myös Lisäksi Kun Jos Koska Nyt
		Vuonna Tänään Eilen Kukaan Kaikki Monet Useat Ei Sen Siksi`)
	spAddLang("russian", map[uint8]string{
		spAbTitle:   "проф акад ген г-н г-жа тов св",
		spAbNoBreak: "т т.е т.к т.н т.ч см ср им ул пос ок",
		spAbNumber:  "д кв стр с рис табл ст ч п",
		spAbMonth:   "янв фев февр апр авг сент окт нояб дек",
		spAbStarter: "г гг т.д т.п др пр обл р-н",
	}, `В Во На По Он Она Они Мы Я Это Этот Эта Эти Но И А Как Когда После До
		При Для С Со К У О Об Из За Так Также Кроме Однако Поэтому Сейчас
		Сегодня Вчера Ранее Позже Никто Все Всего Многие Несколько Не Нет Там
		Здесь Согласно Его Ее Их`)
	// Languages that write ordinal numbers with a period.
	for _, name := range []string{"german", "danish", "norwegian", "finnish"} {
		spLangs[name].ordinals = true
	}
}
