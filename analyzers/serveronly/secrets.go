package serveronly

import (
	"go/ast"
	"go/constant"
	"go/token"
	"strconv"
	"strings"

	"github.com/ssrlint/ssrlint/internal/credential"
	"github.com/ssrlint/ssrlint/internal/lintpass"
	"github.com/ssrlint/ssrlint/internal/secretname"
)

// keyTerms are secret terms for names of string values, beyond
// secretname's defaults: a string held by a name that ends in "secret
// key" or "signing key" is the key itself.
var keyTerms = []string{"secret key", "access key", "signing key", "encryption key"}

// reportSecrets reports string constants of the client package that look
// like credentials: a well-known key format anywhere, or a token-shaped
// value given to a name that ends in a secret term.
func reportSecrets(p *lintpass.Pass) {
	names := secretname.New(append(append([]string(nil), keyTerms...), p.Config.SensitiveNames...), p.Config.AllowedNames)
	for _, f := range p.BrowserFiles() {
		// named maps a value expression to the name it is given; parents
		// are visited before children, so the name is known when the
		// value is.
		named := map[ast.Expr]string{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if i < len(n.Values) {
						named[n.Values[i]] = id.Name
					}
				}
			case *ast.AssignStmt:
				if len(n.Lhs) == len(n.Rhs) {
					for i, lhs := range n.Lhs {
						named[n.Rhs[i]] = nameOf(lhs)
					}
				}
			case *ast.KeyValueExpr:
				named[n.Value] = nameOf(n.Key)
			case *ast.BasicLit, *ast.BinaryExpr, *ast.ParenExpr:
				e := n.(ast.Expr)
				if s, ok := stringConstant(p, e); ok {
					checkSecret(p, e, s, named[e], names)
					return false // a literal's parts are not checked again
				}
			}
			return true
		})
	}
}

// checkSecret reports the string constant e (of value s, given to name)
// when it looks like a credential.
func checkSecret(p *lintpass.Pass, e ast.Expr, s, name string, names *secretname.Matcher) {
	if kind := credential.Find(s); kind != "" {
		p.Reportf(e.Pos(), "client package %s holds a string constant that looks like a credential (%s), which ships in the browser bundle where anyone can read it; revoke the key and keep its replacement on the server, used by an API route",
			p.Pkg.Path(), kind)
		return
	}
	if name == "" || !tokenShaped(s) || credential.Public(s) != "" {
		return // a key made for browsers is not a secret, whatever its name
	}
	if term, ok := names.MatchLast(name); ok {
		p.Reportf(e.Pos(), "client package %s assigns a secret-looking string to %s (%s), which ships in the browser bundle where anyone can read it; keep the secret on the server and use it in a props function or an API route",
			p.Pkg.Path(), name, term)
	}
}

// nameOf returns the name an assignment or composite literal key gives a
// value: x, s.Field, Field, or a string map key; "" for anything else.
func nameOf(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.SelectorExpr:
		return e.Sel.Name
	case *ast.BasicLit:
		if s, err := strconv.Unquote(e.Value); err == nil && e.Kind == token.STRING {
			return s
		}
	}
	return ""
}

func stringConstant(p *lintpass.Pass, e ast.Expr) (string, bool) {
	tv, ok := p.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// tokenShaped reports whether s could be a password or key rather than a
// label, a pattern, a URL or a placeholder: at least 8 characters, letters
// and digits both, and nothing but letters, digits and - _ . + / = ~.
func tokenShaped(s string) bool {
	if len(s) < 8 {
		return false
	}
	var letter, digit bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letter = true
		case '0' <= c && c <= '9':
			digit = true
		case strings.IndexByte("-_.+/=~", c) < 0:
			return false
		}
	}
	return letter && digit
}
