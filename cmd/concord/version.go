package main

import (
	"runtime"
	"runtime/debug"
	"strings"
)

// version returns the module version from the build info: the tag
// ("v1.2.0") for a binary built by "go install module@version", "(devel)"
// for one built from a checkout, followed by the VCS revision when the
// build recorded it, and the Go version.
func version() string {
	v := "(unknown)"
	parts := []string{"concord"}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		parts = append(parts, v)
		rev, dirty := "", false
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if rev != "" {
			if len(rev) > 12 {
				rev = rev[:12]
			}
			if dirty {
				rev += "+dirty"
			}
			parts = append(parts, rev)
		}
	} else {
		parts = append(parts, v)
	}
	return strings.Join(append(parts, runtime.Version()), " ")
}
