// Package shapes has the kinds of functions SSA lists: declared
// functions, methods, function literals and generic functions.
package shapes

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side } // want `Area`

func Total(shapes []Square) float64 { // want `Total`
	sum := 0.0
	each(shapes, func(s Square) { sum += s.Area() }) // want `Total\$1`
	return sum
}

func each[T any](list []T, f func(T)) { // want `each`
	for _, x := range list {
		f(x)
	}
}
