// want package:` reach\(server-only: imports github\.com/ssrlint/ssrlint/serveronly\)}$`

// Package mailer sends order mails; the marker import makes it server-only.
package mailer

import _ "github.com/ssrlint/ssrlint/serveronly"

func Send(to, body string) error { return nil }
