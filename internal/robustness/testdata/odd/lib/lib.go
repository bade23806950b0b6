// Package lib exercises the corners of the language an analyzer walks
// over: generics, iterators, closures, goroutines, select, labels, goto,
// defer/recover, method values, type switches.
package lib

import (
	"errors"
	"iter"
	"strings"
	"sync"
	"unsafe"
)

type Number interface{ ~int | ~int64 | ~float64 }

func Sum[T Number](xs ...T) (total T) {
	for _, x := range xs {
		total += x
	}
	return
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Title(s string) string { return strings.ToUpper(s[:min(1, len(s))]) + s[min(1, len(s)):] }

func Join(xs []string, sep string) string { return strings.Join(xs, sep) }

func Pairs[K comparable, V any](m map[K]V) iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for k, v := range m {
			if !yield(k, v) {
				return
			}
		}
	}
}

func First(m map[string]int) (k string) {
	for key := range Pairs(m) {
		k = key
		break
	}
	return
}

func Fan(n int) int {
	var wg sync.WaitGroup
	ch := make(chan int, n)
	done := make(chan struct{})
	for i := range n {
		wg.Go(func() { ch <- i })
	}
	go func() { wg.Wait(); close(done) }()
	total := 0
loop:
	for {
		select {
		case v := <-ch:
			total += v
		case <-done:
			break loop
		}
	}
	for len(ch) > 0 {
		total += <-ch
	}
	return total
}

func Retry(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered")
		}
	}()
	i := 0
again:
	if err = f(); err != nil && i < 3 {
		i++
		goto again
	}
	return err
}

type Shape interface{ Area() float64 }

type Square struct{ Side float64 }

func (s Square) Area() float64 { return s.Side * s.Side }

func Areas(shapes []any) float64 {
	var total float64
	for _, s := range shapes {
		switch s := s.(type) {
		case Shape:
			area := s.Area
			total += area()
		case func() float64:
			total += s()
		case nil:
		}
	}
	return total
}

func Size[T any]() uintptr {
	var zero T
	return unsafe.Sizeof(zero)
}

func Clear(m map[string]int) { clear(m) }
