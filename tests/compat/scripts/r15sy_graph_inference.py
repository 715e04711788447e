"""Shape inference over small random graphs of common operators (elementwise, broadcasting, concat, stack, dot,
reductions, layers) with some inputs' shapes given, some partly (0: unknown): what propagates forwards and backwards,
and the first check that fails."""
import random
import warnings

import mxnet as mx
from _words import words

warnings.simplefilter("ignore")
S = mx.sym
rng = random.Random(7)
UN = [lambda x: S.relu(x), lambda x: S.sigmoid(x), lambda x: x * 2, lambda x: S.exp(x), lambda x: S.Dropout(x, p=0.1),
      lambda x: S.BatchNorm(x), lambda x: S.softmax(x), lambda x: S.expand_dims(x, axis=0), lambda x: S.sum(x, axis=0),
      lambda x: S.transpose(x), lambda x: S.Flatten(x), lambda x: S.FullyConnected(x, num_hidden=4),
      lambda x: S.FullyConnected(x, num_hidden=3, flatten=False), lambda x: S.reshape(x, shape=(0, -1)),
      lambda x: S.LayerNorm(x), lambda x: S.square(x), lambda x: S.Activation(x, act_type="tanh"),
      lambda x: S.slice_axis(x, axis=0, begin=0, end=1), lambda x: S.tile(x, reps=(1, 2)), lambda x: S.clip(x, 0, 1),
      lambda x: S.Embedding(x, input_dim=5, output_dim=3), lambda x: S.mean(x, axis=-1, keepdims=True)]
BIN = [lambda x, y: x + y, lambda x, y: x * y, lambda x, y: S.broadcast_add(x, y), lambda x, y: S.elemwise_mul(x, y),
       lambda x, y: S.concat(x, y, dim=0), lambda x, y: S.concat(x, y, dim=1), lambda x, y: S.stack(x, y),
       lambda x, y: S.dot(x, y), lambda x, y: S.batch_dot(x, y), lambda x, y: S.broadcast_like(x, y),
       lambda x, y: S.where(x > 0, x, y), lambda x, y: S.maximum(x, y), lambda x, y: S.reshape_like(x, y),
       lambda x, y: S.add_n(x, y), lambda x, y: S.Group([x, y])[0] + y]
SHAPES = [(2, 3), (0, 3), (2, 0), (3, 2), (2, 3, 4), (0, 0), (3,), (0,), (1, 3), (2, 1)]
for case in range(200):
    with mx.name.NameManager():
        vs = [S.var(f"v{i}") for i in range(3)]
        pool = list(vs)
        for step in range(rng.randint(1, 4)):
            if rng.random() < 0.5:
                x = rng.choice(pool)
                f = rng.randrange(len(UN))
                try:
                    pool.append(UN[f](x))
                except mx.base.MXNetError:
                    pass
            else:
                x, y = rng.choice(pool), rng.choice(pool)
                f = rng.randrange(len(BIN))
                try:
                    pool.append(BIN[f](x, y))
                except mx.base.MXNetError:
                    pass
        out = pool[-1]
        args = out.list_arguments()
        given = {n: rng.choice(SHAPES) for n in args if n.startswith("v") and rng.random() < 0.7}
        try:
            r = out.infer_shape_partial(**given)
        except mx.base.MXNetError as e:
            r = words(e)
        print(f"[{case}] {out.get_internals().list_outputs()} {given}")
        print(f"  partial: {r}")
        try:
            r = out.infer_shape(**given)
        except mx.base.MXNetError as e:
            r = words(e)
        print(f"  full: {r}")
