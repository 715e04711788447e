"""Under npx.set_np() Gluon layers given legacy symbols or legacy NDArrays: the refusal of the npx operator each
runs first (its legacy operator's where it has no npx one), or the output check for user code."""
import mxnet as mx
from mxnet import gluon, nd, npx
from mxnet.gluon import nn


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text[:160]}"


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r.list_arguments() if hasattr(r, "list_arguments") else r.shape)
    except Exception as e:
        print(label, "->", words(e))


LAYERS = {
    "Dense": lambda: nn.Dense(3), "Dense relu": lambda: nn.Dense(3, activation="relu", use_bias=False),
    "Conv2D sigmoid": lambda: nn.Conv2D(2, 3, activation="sigmoid"), "BatchNorm": lambda: nn.BatchNorm(),
    "LayerNorm": lambda: nn.LayerNorm(), "InstanceNorm": lambda: nn.InstanceNorm(),
    "GroupNorm": lambda: nn.GroupNorm(num_groups=1), "Dropout": lambda: nn.Dropout(0.3),
    "MaxPool2D": lambda: nn.MaxPool2D(), "Flatten": lambda: nn.Flatten(), "Activation": lambda: nn.Activation("tanh"),
    "LeakyReLU": lambda: nn.LeakyReLU(0.2), "PReLU": lambda: nn.PReLU(), "ELU": lambda: nn.ELU(),
    "GELU": lambda: nn.GELU(), "Swish": lambda: nn.Swish(), "Embedding": lambda: nn.Embedding(10, 4),
    "HybridLambda relu": lambda: nn.HybridLambda("relu"), "HybridLambda fn": lambda: nn.HybridLambda(lambda F, x: F.relu(x)),
    "Conv2DTranspose": lambda: nn.Conv2DTranspose(2, 3), "ReflectionPad2D": lambda: nn.ReflectionPad2D(1),
    "Dense known": lambda: nn.Dense(3, in_units=48),
}

npx.set_np()
for name, make in LAYERS.items():
    attempt(f"{name}, legacy symbol", lambda: make()(mx.sym.var("data")))
    seq = nn.HybridSequential()
    seq.add(make(), nn.Dense(2))
    attempt(f"  in a HybridSequential", lambda: seq(mx.sym.var("data")))
    attempt(f"  np symbol", lambda: make()(mx.sym.var("data").as_np_ndarray()))
    block = make()
    block.initialize()
    x = nd.ones((2, 3)) if name == "Embedding" else nd.ones((2, 3, 4, 4))
    attempt(f"  legacy NDArray", lambda: block(x))
npx.reset_np()
