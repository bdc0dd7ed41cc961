module github.com/concordsum/concord/bench/textrank

go 1.26.8

require github.com/DavidBelicza/TextRank/v2 v2.1.3
