// Package mirror names settings' URLs for its importers. It has no URL of
// its own: its only source of one is another package's variable.
package mirror

import "example.com/app/settings"

// Public is where the app is served.
var Public = settings.PublicURL // want Public:`url: \{\$APP_URL\}`

// Timeout may hold a string, not a URL.
var Timeout = "30s"
