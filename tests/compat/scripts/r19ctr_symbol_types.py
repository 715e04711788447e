"""dtype inference of contrib operator symbols: shared dtypes, Convolution's rule for the deformable
convolutions and count_sketch, float32 only for the legacy detection operators; adamw's symbols."""
from mxnet import sym
from _words import words


def show(label, fn):
    try:
        print(label, "->", [[t.__name__ for t in group] for group in fn()])
    except Exception as e:
        print(label, "->", words(e))


specs = [("box_decode", "da", {}), ("interleaved_matmul_selfatt_valatt", "xa", {"heads": 2}),
         ("interleaved_matmul_encdec_qk", "qk", {"heads": 2}), ("interleaved_matmul_encdec_valatt", "ka", {"heads": 2}),
         ("BilinearResize2D", "dl", {"mode": "like"}), ("box_iou", "ab", {}),
         ("DeformableConvolution", "dow", {"kernel": (3, 3), "num_filter": 2}),
         ("ModulatedDeformableConvolution", "domw", {"kernel": (3, 3), "num_filter": 2}),
         ("count_sketch", "dhs", {"out_dim": 3}), ("MultiBoxTarget", "alc", {}), ("MultiBoxDetection", "cla", {}),
         ("Proposal", "cbi", {}), ("MultiProposal", "cbi", {})]
for op, names, attrs in specs:
    s = getattr(sym.contrib, op)(*[sym.var(n) for n in names], **attrs)
    for n in names[:2]:
        for dt in ["float64", "float16"]:
            show(f"{op} {n}={dt}", lambda: s.infer_type(**{n: dt}))
    if op != "BilinearResize2D":       # (MXNet overrides a like input of another dtype; distnet refuses it)
        show(f"{op} {names[0]}=float32 {names[1]}=float64", lambda: s.infer_type(**{names[0]: "float32",
                                                                                    names[1]: "float64"}))
for name, extra in [("adamw_update", []), ("mp_adamw_update", [sym.var("w32")])]:
    w = [sym.var(c) for c in "wgmv"]
    for label, call in [("no arguments", lambda: getattr(sym.contrib, name)()),
                        ("arrays", lambda: getattr(sym.contrib, name)(*w, *extra, 1.0, lr=0.1, eta=1.0))]:
        try:
            print(name, label, "->", call().list_arguments())
        except Exception as e:
            print(name, label, "->", words(e))
