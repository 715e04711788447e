"""A legacy operator given an mx.np array reads its dtype (through numpy) before refusing the array, as MXNet's."""
import mxnet as mx

a = mx.np.ones((2, 2))
CALLS = [("cast", lambda dt: mx.nd.cast(a, dt)), ("Cast", lambda dt: mx.nd.Cast(a, dtype=dt)),
         ("amp_cast", lambda dt: mx.nd.amp_cast(a, dtype=dt)), ("one_hot", lambda dt: mx.nd.one_hot(a, 3, dtype=dt)),
         ("topk", lambda dt: mx.nd.topk(a, dtype=dt)), ("argsort", lambda dt: mx.nd.argsort(a, dtype=dt)),
         ("sample_uniform", lambda dt: mx.nd.sample_uniform(a, a, dtype=dt)),
         ("Embedding", lambda dt: mx.nd.Embedding(a, a, input_dim=2, output_dim=2, dtype=dt)),
         ("cast_storage", lambda dt: mx.nd.cast_storage(a, stype=dt)),
         ("legacy uniform_like", lambda dt: mx.nd.random.uniform_like(mx.nd.ones(2), dtype=dt))]
for dtype in ["bogus", "float16", None, 5]:
    for label, call in CALLS:
        try:
            print(label, dtype, "->", call(dtype))
        except Exception as e:          # noqa: BLE001 - the exception type and message are compared
            print(label, dtype, "raised", type(e).__name__, str(e).strip().split("\n")[-1].replace("MXNetError: ", ""))
