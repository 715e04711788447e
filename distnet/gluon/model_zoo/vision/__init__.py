"""`gluon.model_zoo.vision`: image classification networks, built by constructor or by name."""
from .alexnet import *  # noqa: F401,F403
from .densenet import *  # noqa: F401,F403
from .inception import *  # noqa: F401,F403
from .resnet import *  # noqa: F401,F403
from .squeezenet import *  # noqa: F401,F403
from .vgg import *  # noqa: F401,F403
from .mobilenet import *  # noqa: F401,F403
from .resnet import resnet_spec as _resnet_spec
from .vgg import vgg_spec as _vgg_spec
from .densenet import densenet_spec as _densenet_spec

_WIDTHS = ("1.0", "0.75", "0.5", "0.25")
_MODELS = {
    **{f"resnet{d}_v{v}": globals()[f"resnet{d}_v{v}"] for v in (1, 2) for d in _resnet_spec},
    **{f"vgg{d}{bn}": globals()[f"vgg{d}{bn}"] for bn in ("", "_bn") for d in _vgg_spec},
    "alexnet": alexnet,  # noqa: F405
    **{f"densenet{d}": globals()[f"densenet{d}"] for d in _densenet_spec},
    "squeezenet1.0": squeezenet1_0,  # noqa: F405
    "squeezenet1.1": squeezenet1_1,  # noqa: F405
    "inceptionv3": inception_v3,  # noqa: F405
    **{f"mobilenet{w}": globals()[f"mobilenet{w.replace('.', '_')}"] for w in _WIDTHS},
    **{f"mobilenetv2_{w}": globals()[f"mobilenet_v2_{w.replace('.', '_')}"] for w in _WIDTHS},
}


def get_model(name, **kwargs):
    """Build the network called ``name`` (e.g. 'resnet18_v1', 'mobilenet0.25').

    Parameters
    ----------
    name : str, case-insensitive
    pretrained : bool, default False (load its parameter file from ``root``, downloading it when missing)
    classes : int, default 1000
    ctx : Context, default cpu()
    root : str, default $MXNET_HOME/models
    """
    key = name.lower()
    if key not in _MODELS:
        raise ValueError("Model %s is not supported. Available options are\n\t%s"
                         % (key, "\n\t".join(sorted(_MODELS))))
    return _MODELS[key](**kwargs)

from ....base import public_listing as _public_listing  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _public_listing(globals(), ())
