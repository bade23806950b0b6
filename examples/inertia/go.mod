module example.com/inertiashop

go 1.26.0

require github.com/petaki/inertia-go v1.14.1

replace github.com/ssrlint/ssrlint => ../..
