"""IdentityAttachKLSparseReg bounds sparseness_target and momentum to [0, 1] at symbol creation and before an NDArray call's input count check, as MXNet's parser does."""
import mxnet as mx

x = mx.nd.array([[0.25, 0.5, 0.75], [0.1, 0.9, 0.4]])
for key in ("sparseness_target", "momentum", "penalty"):
    for value in (0.0, 0.5, 1.0, -0.25, 2):
        for label, call in (("sym", lambda: mx.sym.IdentityAttachKLSparseReg(mx.sym.var("x"), **{key: value})),
                            ("nd", lambda: mx.nd.IdentityAttachKLSparseReg(x, **{key: value}))):
            try:
                r = call()
                print(label, key, value, "ok", r.list_auxiliary_states() if label == "sym" else r.asnumpy().tolist())
            except mx.base.MXNetError as e:
                text = str(e).strip()
                text = text[text.rindex("MXNetError: ") + 12:] if "MXNetError: " in text else text
                print(label, key, value, "MXNetError", text.splitlines()[0])
