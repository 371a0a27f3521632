package engine

import (
	"io/fs"
	"path"
)

// loadMigrations reads migrations/*.json, checks each table against its
// bank (the old versions' question orders are app/share's, which checks the
// rest) and attaches it to the bank as one of its Migrations.
func loadMigrations(fsys fs.FS, banks []*Bank, errs *ValidationErrors) error {
	files, err := fs.Glob(fsys, MigrationsDir+"/*.json")
	if err != nil {
		return err
	}
	for _, name := range files {
		p := problems{file: name, errs: errs}
		m := new(Migration)
		if !readJSON(fsys, p, name, m) {
			continue
		}
		if want := MigrationFile(m.Bank, m.From, m.To); name != want {
			p.add("", "", "a table from %s version %d to %d is named %s", m.Bank, m.From, m.To, path.Base(want))
			continue
		}
		var bank *Bank
		for _, b := range banks {
			if b.ID == m.Bank {
				bank = b
			}
		}
		if bank == nil {
			p.add("", "bank", "no bank %q", m.Bank)
			continue
		}
		if err := m.Check(nil, bank); err != nil {
			*errs = append(*errs, err.(ValidationErrors)...)
			continue
		}
		bank.Migrations = append(bank.Migrations, m)
	}
	return nil
}
