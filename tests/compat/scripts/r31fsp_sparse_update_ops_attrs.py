"""nd.sparse.sgd_update / sgd_mom_update / adam_update / ftrl_update are the update operators: an unknown keyword fails with MXNet's parser error, whatever the storage types."""
# recorded on AVX2
import mxnet as mx

g = mx.nd.array([[0, 0.5, 0], [0, 0, 0], [2, 0, -0.3]]).tostype("row_sparse")
for ns in ["nd", "sparse"]:
    space = mx.nd if ns == "nd" else mx.nd.sparse
    for name, n in [("sgd_update", 0), ("sgd_mom_update", 1), ("adam_update", 2), ("ftrl_update", 2)]:
        for wst in ["row_sparse", "default"]:
            w = mx.nd.ones((3, 3)).tostype(wst)
            states = [mx.nd.ones((3, 3)).tostype(wst) for _ in range(n)]
            try:
                getattr(space, name)(w, g, *states, lr=0.1, epsilon=1e-7, out=w)
                w.wait_to_read()
                print(ns, name, wst, "ok", w.asnumpy().round(5).tolist())
            except Exception as e:      # noqa: BLE001
                print(ns, name, wst, type(e).__name__, [l for l in str(e).splitlines() if "argument" in l][:1])
    print(ns, "ftrl_update is the operator:", getattr(space, "ftrl_update").__name__)
