"""Operators given a 0-d legacy array parse their parameters (missing or unknown ones refused) before failing shape inference."""
import mxnet as mx

def attempt(label, f):
    try:
        r = f()
        print(label, r.shape)
    except mx.base.MXNetError as e:
        lines = str(e).strip().split("\n")
        print(label, type(e).__name__, lines[2 if "Traceback" in lines[0] else 0][:200], lines[-1][:60])

z = mx.nd.array(2.5)
nd = mx.nd
cases = [("slice", lambda: nd.slice(z)), ("slice begin", lambda: nd.slice(z, begin=(0,))), ("slice_axis", lambda: nd.slice_axis(z, axis=0)),
         ("Cast", lambda: nd.Cast(z)), ("cast ok", lambda: nd.cast(z, dtype="int32")), ("one_hot", lambda: nd.one_hot(z)),
         ("tile", lambda: nd.tile(z)), ("repeat", lambda: nd.repeat(z)), ("expand_dims", lambda: nd.expand_dims(z)),
         ("flip", lambda: nd.flip(z)), ("clip", lambda: nd.clip(z, a_min=0)), ("pad", lambda: nd.pad(z, mode="edge")),
         ("Activation", lambda: nd.Activation(z)), ("sum extra", lambda: nd.sum(z, foo=1)),
         ("FullyConnected", lambda: nd.FullyConnected(z, z, z)), ("split", lambda: nd.split(z)), ("depth_to_space", lambda: nd.depth_to_space(z)),
         ("crop", lambda: nd.crop(z)), ("scatter_nd", lambda: nd.scatter_nd(z, z)), ("Embedding", lambda: nd.Embedding(z, z)),
         ("amp_cast", lambda: nd.amp_cast(z)), ("reverse", lambda: nd.reverse(z)), ("im2col", lambda: nd.im2col(z)),
         ("add_n", lambda: nd.add_n(z, z)), ("exp", lambda: nd.exp(z)), ("topk extra", lambda: nd.topk(z, bogus=2)),
         ("ElementWiseSum", lambda: nd.ElementWiseSum(z, z)), ("concat", lambda: nd.concat(z, z, dim=0)), ("stack", lambda: nd.stack(z, z, axis=0)),
         ("slice_axis positional", lambda: nd.slice_axis(z, 0, 0, 1)), ("clip positional", lambda: nd.clip(z, 0, 1))]
for label, f in cases:
    attempt(label, f)
