package htmldoc_test

import (
	"fmt"
	"strings"

	"github.com/concordsum/concord/summarize/htmldoc"
)

func ExampleRead() {
	page := `<!DOCTYPE html>
<html><head><title>Harbor Bridge Closed After Ship Strike</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<div class="cookie-banner">We use cookies. <button>Accept all</button></div>
<article>
<h1>Harbor Bridge Closed After Ship Strike</h1>
<p>The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers, officials said.</p>
<p>Engineers expect the bridge to stay closed for at least a week while divers inspect the damage below the waterline.</p>
<p>Ferries will run every twenty minutes until the bridge reopens, the transport department said in a statement.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Local team wins cup</a></li><li><a href="/b">Weather: rain all week</a></li></ul></aside>
<footer>© 2025 The Courier. All rights reserved.</footer>
</body></html>`
	doc, err := htmldoc.Read(strings.NewReader(page), "courier.html")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", doc.Title)
	fmt.Print(doc.Text)
	// Output:
	// title: Harbor Bridge Closed After Ship Strike
	// The city closed the Harbor Bridge on Sunday after a cargo ship struck one of its main piers, officials said.
	//
	// Engineers expect the bridge to stay closed for at least a week while divers inspect the damage below the waterline.
	//
	// Ferries will run every twenty minutes until the bridge reopens, the transport department said in a statement.
}
