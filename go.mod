module github.com/concordsum/concord

go 1.26.8

require (
	github.com/armon/go-radix v1.0.0 // indirect
	github.com/blevesearch/snowballstem v0.9.0 // indirect
	github.com/clipperhouse/uax29/v2 v2.7.0 // indirect
	github.com/james-bowman/nlp v0.0.0-20210511120306-26d441fa0ded // indirect
	github.com/james-bowman/sparse v0.0.0-20260216202247-495ee4f84d35 // indirect
	github.com/kljensen/snowball v0.10.0 // indirect
	github.com/neurosnap/sentences v1.1.2 // indirect
	github.com/spaolacci/murmur3 v1.1.0 // indirect
	golang.org/x/exp v0.0.0-20210220032938-85be41e4509f // indirect
	golang.org/x/tools v0.52.0 // indirect
	gonum.org/v1/gonum v0.17.0 // indirect
)
