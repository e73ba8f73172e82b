"""Small generated Russian news texts for the runner tests (written here, not taken from ../shared)."""
from __future__ import annotations

import json
import random
from pathlib import Path

SENTENCES = [
    "Президент Франции встретился в Париже с канцлером Германии.",
    "Министр иностранных дел Казахстана посетил Пекин с официальным визитом.",
    "В Берлине прошли переговоры делегаций двух стран.",
    "Глава МИД Азербайджана заявил о готовности к диалогу с соседями.",
    "Совет Безопасности ООН осудил обстрел гражданских объектов.",
    "Премьер-министр Индии провёл телефонный разговор с президентом Бразилии.",
    "Парламент Грузии одобрил новый закон о выборах.",
    "Посол Японии вручил верительные грамоты в Москве.",
]


def make_text(rng: random.Random, index: int, sentences: int = 3) -> str:
    """A paragraph of a few sentences, one numbered, so every text (and doc id) differs."""
    picked = rng.sample(SENTENCES, sentences)
    picked.insert(1, f"По данным агентства, это уже {index}-я встреча сторон за последние годы.")
    return " ".join(picked)


def write_corpus(folder: Path, n_txt: int = 10, n_jsonl: int = 20, seed: int = 7, bad: bool = True) -> Path:
    """n_txt .txt files and one .jsonl of n_jsonl records under folder (plus a binary 'bad.txt')."""
    rng = random.Random(seed)
    (folder / "sub").mkdir(parents=True, exist_ok=True)
    for i in range(n_txt):
        (folder / f"doc{i:04d}.txt").write_text(make_text(rng, i), "utf-8")
    with open(folder / "sub" / "batch.jsonl", "w", encoding="utf-8") as handle:
        for i in range(n_jsonl):
            handle.write(json.dumps({"text": make_text(rng, 10_000 + i, 2)}, ensure_ascii=False) + "\n")
    if bad:
        (folder / "bad.txt").write_bytes(b"\x00\x01\x02 not text")
    return folder
