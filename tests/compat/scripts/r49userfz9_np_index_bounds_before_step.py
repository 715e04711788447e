"""mx.np indexing checks every integer of a basic key against its axis before it reads the key's slices, so an integer past its axis is an IndexError even beside a slice of step 0."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def report(action):
    try:
        print(action())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)


def write(array, key):
    target = array.copy()
    target[key] = 7
    return target


grid = np.arange(6).reshape(2, 3)
cube = np.arange(24).reshape(2, 3, 4)
zero_step = slice(None, None, 0)
keys = [(-3, zero_step), (5, zero_step), (1, zero_step), (zero_step, 4), (zero_step, -4), (zero_step, 2),
        (3, None, zero_step), (None, 0, zero_step), (zero_step,), (Ellipsis, 9, zero_step), (1, Ellipsis, zero_step),
        (0, slice(1, None, 0), 8)]
for key in keys:
    print(key)
    report(lambda: grid[key])
    report(lambda: write(grid, key))
for key in [(0, zero_step, 4), (2, 1, zero_step), (zero_step, Ellipsis, -5), (1, None, 2, zero_step)]:
    print(key)
    report(lambda: cube[key])
    report(lambda: write(cube, key))
