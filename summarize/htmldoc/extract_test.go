package htmldoc

import (
	"strings"
	"testing"
)

// decode reads the encoding as a browser would, and knows pages that
// declare one thing and hold another.
func TestDecode(t *testing.T) {
	longHead := "<style>" + strings.Repeat("p { margin: 0 }\n", 100) + "</style>"
	for _, tc := range []struct {
		name, page, want string
	}{
		{"meta after 1024 bytes", "<html><head>" + longHead + "<meta charset=windows-1252></head><body>Caf\xe9</body>", "Café"},
		{"http-equiv after 1024 bytes", "<html><head>" + longHead + "<meta content='text/html; charset=ISO-8859-1' http-equiv='Content-Type'></head><body>Caf\xe9</body>", "Café"},
		{"undeclared UTF-8 late", "<html><head>" + longHead + "</head><body>Caf\xc3\xa9</body>", "Café"},
		{"declared Latin-1, holds UTF-8", "<html><head><meta charset=iso-8859-1></head><body>Caf\xc3\xa9 \xe2\x80\x94 open</body>", "Café — open"},
		{"undeclared, not UTF-8", "<html><body>Caf\xe9</body>", "Café"},
		{"declared after body is not read", "<html><body>Caf\xe9<meta charset=koi8-r></body>", "Café"},
		{"UTF-8 BOM", "\xef\xbb\xbf<html><body>Caf\xc3\xa9</body>", "Café"},
		{"UTF-16LE BOM", "\xff\xfe<\x00p\x00>\x00C\x00a\x00f\x00\xe9\x00", "<p>Café"},
		{"UTF-16 declared", "<meta charset=utf-16><p>Caf\xc3\xa9", "Café"},
		{"soft hyphens", "<p>Hoch\xc2\xadwasser", "<p>Hochwasser"},
		{"NFC", "<p>Cafe\xcc\x81", "<p>Café"},
	} {
		if got := decode([]byte(tc.page)); !strings.Contains(got, tc.want) {
			t.Errorf("%s: %q, want it to hold %q", tc.name, got, tc.want)
		}
	}
}
