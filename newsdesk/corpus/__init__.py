"""Corpus stages: they need many articles (near-duplicates, stories and
storylines, people across outlets, timelines, briefs). They read from and
write to the store, and are incremental: `update.update_corpus` takes in only
the articles added since it last ran."""
