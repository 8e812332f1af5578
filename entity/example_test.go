//go:build go1.24

package entity_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/nhsnews/nhsnews/entity"
)

func Example() {
	text := "The letter was signed by the chair of NHS Blackpool and by the Department of Health’s director; many PCTs agreed."
	for _, m := range entity.Default().Find(text, entity.Options{}) {
		code := ""
		if m.Org != nil {
			code = m.Org.Code
		}
		fmt.Printf("%d %d %q %s %v %s %q inferred=%v\n", m.Start, m.End, m.Text, m.Kind, m.Generic, code, m.Name(), m.DateInferred)
	}
	// Output:
	// 38 51 "NHS Blackpool" pct false 5HP "Blackpool Primary Care Trust" inferred=true
	// 63 83 "Department of Health" national_body false hm-dh "Department of Health" inferred=true
	// 103 107 "PCTs" pct true  "primary care trust" inferred=false
}

func ExampleMatcher_Find_date() {
	m := entity.Default()
	for _, year := range []int{2010, 2015} {
		date := time.Date(year, 6, 1, 0, 0, 0, 0, time.UTC)
		for _, x := range m.Find("NHS Blackpool said so.", entity.Options{Date: date}) {
			fmt.Println(year, x.Text, x.Org.Code, x.Org.Name, x.Kind)
		}
	}
	// Output:
	// 2010 NHS Blackpool 5HP Blackpool Primary Care Trust pct
	// 2015 NHS Blackpool 00R NHS Blackpool CCG ccg
}

func ExampleMatcher_Lookup() {
	for _, name := range []string{"NHS Alliance", "DH", "the North East SHA", "Bath and North East Somerset", "PCTs"} {
		m, ok := entity.Default().Lookup(name, entity.Options{})
		if !ok {
			fmt.Printf("%s: not found\n", name)
			continue
		}
		fmt.Printf("%s: %s (%s)\n", name, m.Org.Name, m.Kind)
	}
	// Output:
	// NHS Alliance: NHS Alliance (representative_body)
	// DH: Department of Health (national_body)
	// the North East SHA: North East Strategic Health Authority (sha)
	// Bath and North East Somerset: Bath and North East Somerset Council (local_authority)
	// PCTs: not found
}

func ExampleNewMatcher() {
	// A register of your own, in the embedded register's format: official
	// names are enough, the usual spellings are derived from them.
	const register = "code\tname\tkind\topened\tclosed\n" +
		"X01\tGotham Primary Care Trust\tpct\t2002-04-01\t2013-03-31\n" +
		"X02\tNHS Gotham CCG\tccg\t2013-04-01\t2022-06-30\n"
	orgs, err := entity.ParseRegister(strings.NewReader(register))
	if err != nil {
		fmt.Println(err)
		return
	}
	m, err := entity.NewMatcher(orgs)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, text := range []string{"In 2010 Gotham PCT and NHS Gotham met.", "In 2016 NHS Gotham said so."} {
		for _, x := range m.Find(text, entity.Options{}) {
			fmt.Printf("%q -> %s %s\n", x.Text, x.Org.Code, x.Org.Name)
		}
	}
	// Output:
	// "Gotham PCT" -> X01 Gotham Primary Care Trust
	// "NHS Gotham" -> X01 Gotham Primary Care Trust
	// "NHS Gotham" -> X02 NHS Gotham CCG
}
