module example.com/blog

go 1.26.0

replace github.com/ssrlint/ssrlint => ../..
