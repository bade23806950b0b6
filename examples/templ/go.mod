module example.com/templshop

go 1.26.0

replace github.com/ssrlint/ssrlint => ../..

require (
	github.com/a-h/templ v0.3.1118
	github.com/starfederation/datastar-go v1.2.2
)

require (
	github.com/CAFxX/httpcompression v0.0.9 // indirect
	github.com/andybalholm/brotli v1.3.0 // indirect
	github.com/klauspost/compress v1.18.0 // indirect
	github.com/valyala/bytebufferpool v1.0.0 // indirect
)
