package urlval

import (
	"strings"
	"unicode/utf8"
)

// Sprintf returns what fmt.Sprintf(format, args...) produces when each
// argument prints as the given URL: %s, %v and %d without flags insert the
// argument, %% a percent sign, every other verb a hole. Explicit argument
// indexes ("%[2]s") make the rest a hole.
func Sprintf(format string, args []URL) URL {
	var out URL
	next := 0
	for format != "" {
		i := strings.IndexByte(format, '%')
		if i < 0 {
			return Concat(out, Literal(format))
		}
		out = Concat(out, Literal(format[:i]))
		format = format[i+1:]
		flags := len(format) - len(strings.TrimLeft(format, "+-# 0123456789.*"))
		if flags == len(format) {
			return Concat(out, Literal("%!(NOVERB)"))
		}
		verb, size := utf8.DecodeRuneInString(format[flags:])
		if verb == '[' {
			return Concat(out, Hole(Unknown, ""))
		}
		spec := format[:flags]
		format = format[flags+size:]
		if verb == '%' {
			out = Concat(out, Literal("%"))
			continue
		}
		next += strings.Count(spec, "*")
		out = Concat(out, formatArg(verb, spec, args, next))
		next++
	}
	return out
}

func formatArg(verb rune, spec string, args []URL, i int) URL {
	if i >= len(args) || spec != "" || !strings.ContainsRune("sdv", verb) {
		return Hole(Unknown, "")
	}
	return args[i]
}
