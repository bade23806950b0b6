// Package payments stands for a third-party SDK: outside the module, so its
// own configuration lookup never sees example.com/configured's file; the
// importing package's pattern makes it server-only.
package payments

type Client struct{ Key string }
