"""depth_to_space/space_to_depth with a negative block_size: the shape inference failure lists the input and output shapes and the attributes, as MXNet prints it."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd
def words(e):
    t = str(e); cut = t.find('] ../')
    return repr(t if cut < 0 else t[:t.find('[', 0, cut)] + t[cut + 2:])
for op, shape, b in [('depth_to_space', (1, 4, 1, 1), -1), ('depth_to_space', (1, 4, 2, 3), -2), ('space_to_depth', (1, 1, 2, 2), -1),
                     ('space_to_depth', (1, 1, 4, 4), -2), ('depth_to_space', (1, 9, 1, 1), -3), ('space_to_depth', (1, 2, 3, 3), -3)]:
    try: print(op, shape, b, getattr(nd, op)(nd.ones(shape), block_size=b).shape)
    except Exception as e: print(op, shape, b, type(e).__name__, words(e))
    try: print(' sym', getattr(mx.sym, op)(mx.sym.var('x'), block_size=b, name='d').infer_shape(x=shape))
    except Exception as e: print(' sym', type(e).__name__, words(e))
    try: print(' np', getattr(mx.npx, op)(mx.np.ones(shape), block_size=b).shape) if hasattr(mx.npx, op) else None
    except Exception as e: print(' np', type(e).__name__, words(e))
