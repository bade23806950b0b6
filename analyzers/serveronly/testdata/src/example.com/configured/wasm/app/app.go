// want package:` reach\(client; example\.com/configured/billing \(server-only: matches server-only pattern "example\.com/configured/billing"\); vendor\.example/payments \(server-only: matches server-only pattern "vendor\.example/payments/\*\*"\)\)}$`

// Package app is a client package by the configured pattern
// example.com/configured/wasm/**.
package app

import (
	"example.com/configured/billing" // want `client package example.com/configured/wasm/app imports example.com/configured/billing \(server-only: matches server-only pattern "example.com/configured/billing"\)`
	"vendor.example/payments"        // want `imports vendor.example/payments \(server-only: matches server-only pattern "vendor.example/payments/\*\*"\)`
)

var (
	_ = billing.Charge
	_ payments.Client
)
