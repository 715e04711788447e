"""nd.array sources, missing files, gradient compression params and metrics given sparse arrays fail with MXNet's errors."""
import mxnet as mx

nd = mx.nd


def show(label, fn):
    try:
        fn()
        print(label, "ran")
    except Exception as e:      # noqa: BLE001  (the exception is the output)
        lines = [line for line in str(e).split("\n") if line and not line.startswith(("Traceback", "  File"))]
        print(label, type(e).__name__, repr(lines[-1].replace("MXNetError: ", "") if lines else ""))


show("array([nd, nd])", lambda: nd.array([nd.ones(2), nd.ones(2)]))
show("array('x')", lambda: nd.array("x"))
show("array({})", lambda: nd.array({}))
show("array(ragged)", lambda: nd.array([[1], [1, 2]]))
show("array(set)", lambda: nd.array({1, 2}))
show("array([np])", lambda: nd.array([mx.np.ones(2)]))
show("array(generator)", lambda: nd.array(x for x in range(3)))
show("array([1, 'a'])", lambda: nd.array([1, "a"]))
for name, fn in [("nd.load", lambda: nd.load("no-such-file.params")),
                 ("nd.save", lambda: nd.save("no-such-dir/x.params", [nd.ones(1)])),
                 ("sym.load", lambda: mx.sym.load("no-such-symbol.json")),
                 ("Symbol.save", lambda: mx.sym.var("a").save("no-such-dir/x.json")),
                 ("load_checkpoint", lambda: mx.model.load_checkpoint("no-such-prefix", 3)),
                 ("Module.load", lambda: mx.mod.Module.load("no-such-prefix", 3)),
                 ("load_parameters", lambda: mx.gluon.nn.Dense(2).load_parameters("no-such-file.params")),
                 ("SymbolBlock.imports", lambda: mx.gluon.SymbolBlock.imports("no-such-symbol.json", ["data"])),
                 ("MXRecordIO", lambda: mx.recordio.MXRecordIO("no-such-dir/x.rec", "r"))]:
    show(name, fn)
kv = mx.kv.create("device")
for params in [{}, {"threshold": 1}, {"type": "2bit", "threshold": "x"}, {"type": "1bit"},
               {"type": "2bit", "threshold": -1}, {"type": "2bit", "threshold": 0}, None]:
    show(f"gradient compression {params}", lambda: kv.set_gradient_compression(params))
show("local gradient compression", lambda: mx.kv.create("local").set_gradient_compression({"type": "2bit"}))
csr = nd.array([[0.1, 0.9], [0.5, 0.5]]).tostype("csr")
label = nd.array([1, 0])
for name in ["Perplexity", "Loss", "MAE", "CrossEntropy"]:
    metric = mx.metric.create(name.lower()) if name != "Perplexity" else mx.metric.Perplexity(ignore_label=None)
    show(f"{name} csr", lambda: metric.update([label], [csr]))
show("csr.size", lambda: csr.size)
