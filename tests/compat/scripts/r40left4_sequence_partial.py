"""Sequence* ops in Symbol partial shape inference: unknown batch or time sizes, lengths given or not, contradictions."""
import mxnet as mx


def run(label, fn):
    try:
        print(label, fn())
    except mx.base.MXNetError as e:
        print(label, "MXNetError", str(e).split("\n")[0].split("] ")[-1][:160])


d, l, w = mx.sym.var("d"), mx.sym.var("l"), mx.sym.var("w")
for op in ["SequenceMask", "SequenceLast", "SequenceReverse"]:
    for axis in ([0, 1] if op != "SequenceReverse" else [0]):
        kw = {"axis": axis} if op != "SequenceReverse" else {}
        plain = getattr(mx.sym, op)(d, name="s", **kw)
        used = getattr(mx.sym, op)(d, l, use_sequence_length=True, name="s", **kw)
        tag = f"{op} axis={axis}"
        for ds in [(5, 0, 4), (0, 3, 4), (0, 0, 4), (5, 3, 0), (5, 0), (0, 3), (0, 0, 0)]:
            run(f"{tag} plain d={ds}", lambda: plain.infer_shape_partial(d=ds))
            run(f"{tag} lengths d={ds}", lambda: used.infer_shape_partial(d=ds))
            run(f"{tag} full d={ds}", lambda: used.infer_shape(d=ds))
        for ls in [(3,), (5,), (0,), (7,)]:
            for ds in [(5, 0, 4), (0, 3, 4), (0, 0, 4), (5, 3, 4)]:
                run(f"{tag} d={ds} l={ls}", lambda: used.infer_shape_partial(d=ds, l=ls))
        run(f"{tag} l only", lambda: used.infer_shape_partial(l=(3,)))
        for g_name, g in [("plain", plain), ("lengths", used)]:
            added = g + w
            for ws in [(5, 3, 4), (3, 4), (5, 4), (0, 3, 4)]:
                run(f"{tag} {g_name} + w{ws}", lambda: added.infer_shape_partial(w=ws))
                run(f"{tag} {g_name} + w{ws} d=(5,0,4)", lambda: added.infer_shape_partial(d=(5, 0, 4), w=ws))
            fc = mx.sym.FullyConnected(g, num_hidden=6, name="fc")
            for ds in [(5, 0, 4), (0, 3, 4), (5, 3, 4)]:
                run(f"{tag} {g_name} fc d={ds}", lambda: fc.infer_shape_partial(d=ds))
