"""gluon.data modules export by star import what MXNet's export."""


def _star(module):
    names = {}
    exec(f"from {module} import *", names)
    return set(names) - {"__builtins__"}


def test_dataloader_exports_only_the_loader():
    assert _star("distnet.gluon.data.dataloader") == {"DataLoader"}


def test_datasets_export_the_dataset_classes_only():
    assert _star("distnet.gluon.data.vision.datasets") == {"MNIST", "FashionMNIST", "CIFAR10", "CIFAR100",
                                                           "ImageRecordDataset", "ImageFolderDataset"}


def test_transforms_export_their_imports_too():
    names = _star("distnet.gluon.data.vision.transforms")
    assert {"Compose", "ToTensor", "Block", "HybridBlock", "Sequential", "HybridSequential", "np", "random",
            "image", "is_np_array", "numeric_types"} <= names
    assert not any(n.startswith("_") for n in names)
