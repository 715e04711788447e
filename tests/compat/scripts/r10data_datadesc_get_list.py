"""DataDesc.get_list reads the first two items of each entry (extra items ignored, short entries fail) as MXNet."""
import mxnet as mx
DD = mx.io.DataDesc
for s, t in [([('a', (1,), 3)], None), ([('a', (1,), 3)], [('a', 'int8')]), ([['a', (2,)]], None), (['ab'], None), ([('a', (1,))], [('a', 'int8', 5)]), ([('a',)], None)]:
    try: print(repr(DD.get_list(s, t)))
    except Exception as e: print(type(e).__name__, e)
