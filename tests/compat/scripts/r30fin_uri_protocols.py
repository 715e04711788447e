"""Saving and loading through URIs: s3/http(s)/hdfs/viewfs/azure fail as MXNet's build without them, other protocols as unknown, file://host/path opens /path."""
# recorded on AVX2
import os
import shutil
import tempfile
import mxnet as mx
from mxnet import nd


def attempt(what, fn):
    try:
        out = fn()
        print(what, "ok", out if out is not None else "")
    except mx.base.MXNetError as e:
        print(what, type(e).__name__, str(e).replace("\n", " | "))


sym = mx.sym.var("x") + 1
actions = {
    "nd.save": lambda u: nd.save(u, [nd.ones(1)]),
    "nd.load": lambda u: nd.load(u),
    "sym.save": lambda u: sym.save(u),
    "sym.load": lambda u: mx.sym.load(u),
    "MXRecordIO r": lambda u: mx.recordio.MXRecordIO(u, "r"),
    "CSVIter": lambda u: mx.io.CSVIter(data_csv=u, data_shape=(2,), batch_size=1),
}
for uri in ["s3://bucket/x", "http://host/x", "https://host/x", "hdfs://host/x", "viewfs://host/x",
            "azure://container/x", "ftp://host/x", "S3://bucket/x", "foo://x", "://x", "a://b://c"]:
    for name, fn in actions.items():
        attempt(f"{uri} {name}:", lambda: fn(uri))

d = tempfile.mkdtemp()
uri = "file://somehost" + os.path.join(d, "a.nd")
attempt("file:// save:", lambda: nd.save(uri, {"w": nd.arange(3)}))
attempt("plain load:", lambda: nd.load(os.path.join(d, "a.nd"))["w"].asnumpy().tolist())
attempt("file:// load:", lambda: nd.load(uri)["w"].asnumpy().tolist())
attempt("file:/// load:", lambda: nd.load("file://" + os.path.join(d, "a.nd"))["w"].asnumpy().tolist())
net = mx.gluon.nn.Dense(2, in_units=2)
net.initialize(init="ones")
attempt("save_parameters s3:", lambda: net.save_parameters("s3://bucket/net.params"))
attempt("load_parameters hdfs:", lambda: net.load_parameters("hdfs://host/net.params"))
shutil.rmtree(d)
