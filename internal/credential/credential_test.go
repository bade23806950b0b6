package credential

import (
	"strings"
	"testing"
)

const pemKey = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n-----END RSA PRIVATE KEY-----\n"

func TestFind(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"sk_live_4eC39HqLyjWDarjtT1zdp7dc", "Stripe live secret key"},
		{"Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dc", "Stripe live secret key"},
		{"rk_live_51H8xYzAbCdEfGhIjKl", "Stripe live restricted key"},
		{"AKIAIOSFODNN7EXAMPLE", "AWS access key ID"},
		{"key=ASIAIOSFODNN7EXAMPLE;", "AWS temporary access key ID"},
		{"ghp_" + strings.Repeat("a1B2", 9), "GitHub personal access token"},
		{"github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "GitHub fine-grained token"},
		{"xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "Slack bot token"},
		{pemKey, "PEM private key"},
		{"-----BEGIN OPENSSH PRIVATE KEY-----\n" + strings.Repeat("b3BlbnNzaC1rZXktdjEAAAAA", 2), "PEM private key"},

		// Public by design, or only the prefix: silent.
		{"pk_live_4eC39HqLyjWDarjtT1zdp7dc", ""},
		{"sk_test_4eC39HqLyjWDarjtT1zdp7dc", ""},
		{"sk_live_", ""},
		{"sk_live_short", ""},
		{"mysk_live_4eC39HqLyjWDarjtT1zdp7dc", ""},
		{"AKIAIOSFODNN7EXAMPLEMORE", ""},
		{"AKIAIOSFODNN7EXAMP", ""},
		{"XAKIAIOSFODNN7EXAMPLE", ""},
		{"ghp_", ""},
		{"ghp_tooShort123", ""},
		{"xoxb-", ""},
		{"-----BEGIN RSA PRIVATE KEY-----", ""},
		{"-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0t", ""},
		{"-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJRTESMBAG", ""},
		{"", ""},
		{"hello world", ""},
	}
	for _, tt := range tests {
		if got := Find(tt.in); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPublic(t *testing.T) {
	const mapsKey = "AIzaSyB3kR9xTq1LmZ7vP0wN4cJ8eH2gF6dA5sU"
	tests := []struct {
		in, want string
	}{
		{mapsKey, "Google API key"},
		{"pk_live_4eC39HqLyjWDarjtT1zdp7dc", "Stripe publishable key"},
		{"pk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe test publishable key"},

		// Not one public key and nothing else.
		{mapsKey + "x", ""},
		{mapsKey[:len(mapsKey)-1], ""},
		{"key=" + mapsKey, ""},
		{"AIzaSyB3kR9xTq1LmZ7vP0wN4cJ8eH2gF6dA5s!", ""},
		{"sk_live_4eC39HqLyjWDarjtT1zdp7dc", ""},
		{"pk_live_short", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Public(tt.in); got != tt.want {
			t.Errorf("Public(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzFind(f *testing.F) {
	f.Add("sk_live_4eC39HqLyjWDarjtT1zdp7dc")
	f.Add("AKIAIOSFODNN7EXAMPLE")
	f.Add("xoxb-1234567890-abc")
	f.Add(pemKey)
	f.Add("-----BEGIN -----BEGIN PRIVATE KEY-----")
	f.Fuzz(func(t *testing.T, s string) {
		kind := Find(s)
		if kind == "" {
			return
		}
		// Whatever was found is still found with text around it that
		// does not touch the token.
		if again := Find("x = \"" + s + "\" ;"); again == "" {
			t.Errorf("Find(%q) = %q but nothing once quoted", s, kind)
		}
	})
}
