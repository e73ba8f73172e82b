class _K:
    def lookup(self, *a, **k): return None
def load_known_people(): return _K()
