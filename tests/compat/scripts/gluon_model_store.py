# gluon.model_zoo.model_store: hashes, names, purge.
import os, tempfile
from mxnet.gluon.model_zoo import model_store
names = sorted(model_store._model_sha1.keys())
print(len(names), names[:5])
print([model_store.short_hash(n) for n in names[:6]])
try: model_store.short_hash("nope")
except Exception as e: print(type(e).__name__)
d = tempfile.mkdtemp()
open(os.path.join(d, "x.params"), "w").close()
model_store.purge(d)
print(os.listdir(d))
print(model_store._url_format if hasattr(model_store, "_url_format") else None)
