package secretname

import (
	"slices"
	"testing"
)

func TestWords(t *testing.T) {
	for name, want := range map[string][]string{
		"PasswordHash":      {"password", "hash"},
		"APIKey":            {"api", "key"},
		"api_key":           {"api", "key"},
		"STRIPE_SECRET_KEY": {"stripe", "secret", "key"},
		"CSRFToken":         {"csrf", "token"},
		"refreshToken":      {"refresh", "token"},
		"oauth2Token":       {"oauth", "2", "token"},
		"x-api-key":         {"x", "api", "key"},
		"":                  nil,
		"__":                nil,
	} {
		if got := Words(name); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestMatch(t *testing.T) {
	m := New([]string{"pin code"}, []string{"public key"})
	for name, want := range map[string]string{
		"PasswordHash":       "password",
		"passwd":             "passwd",
		"ClientSecret":       "secret",
		"Secrets":            "secret",
		"APIKey":             "api key",
		"apikey":             "api key",
		"api_key":            "api key",
		"PrivateKey":         "private key",
		"AccessToken":        "access token",
		"refresh_token":      "refresh token",
		"SessionID":          "session id",
		"sessionToken":       "session token",
		"SSN":                "ssn",
		"CardNumber":         "card number",
		"creditcard":         "credit card",
		"CVV":                "cvv",
		"STRIPE_SECRET_KEY":  "secret",
		"DB_PASSWORD":        "password",
		"UserPinCode":        "pin code",
		"Token":              "",
		"TokenCount":         "",
		"ContentHash":        "",
		"Key":                "",
		"CSRFToken":          "",
		"csrf_token":         "",
		"Secretary":          "",
		"ClassName":          "",
		"PORT":               "",
		"PublicKeyPEM":       "",
		"KeyboardShortcut":   "",
		"SessionIdentifiers": "",
	} {
		got, ok := m.Match(name)
		if ok != (want != "") || got != want {
			t.Errorf("Match(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

func TestMatchLast(t *testing.T) {
	m := New(nil, nil)
	for name, want := range map[string]bool{
		"CVV":            true,
		"CardNumber":     true,
		"UserSSN":        true,
		"PasswordLength": false,
		"SecretCount":    false,
		"Count":          false,
	} {
		if _, ok := m.MatchLast(name); ok != want {
			t.Errorf("MatchLast(%q) = %v, want %v", name, ok, want)
		}
	}
}

func FuzzMatch(f *testing.F) {
	for _, s := range []string{"PasswordHash", "APIKey", "STRIPE_SECRET_KEY", "CSRFToken", "", "ÄÖü_ß", "a1B2c3", "ABCdef"} {
		f.Add(s)
	}
	m := New([]string{"pin code"}, nil)
	f.Fuzz(func(t *testing.T, name string) {
		for _, w := range Words(name) {
			if w == "" {
				t.Fatalf("Words(%q) has an empty word", name)
			}
		}
		term, ok := m.Match(name)
		if ok != (term != "") {
			t.Fatalf("Match(%q) = %q, %v", name, term, ok)
		}
		if _, last := m.MatchLast(name); last && !ok {
			t.Fatalf("MatchLast(%q) matched but Match did not", name)
		}
	})
}
