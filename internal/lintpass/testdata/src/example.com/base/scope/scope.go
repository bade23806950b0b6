// Package scope has a test file and a generated file: findings there are
// dropped, whatever the analyzer reports.
package scope

func handwritten() {} // want `func handwritten`
