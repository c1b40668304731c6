import { defineRule } from "../define-rule.js";

export default defineRule({
  id: "file-unreadable",
  scope: "load",
  severity: "error",
  description: { zh: "目录文件必须可以读取", en: "Catalog files must be readable" },
  messages: {
    unreadable: {
      zh: "无法读取文件（{{detail}}）。请检查文件权限，或确认它不是正在被其他程序占用",
      en: "The file cannot be read ({{detail}}). Check its permissions, or whether another program holds it",
    },
    folder: {
      zh: "无法读取这个文件夹（{{detail}}），其中的目录文件都没有检查。请检查文件夹的权限",
      en: "This folder cannot be read ({{detail}}), so none of the catalog files in it was checked. Check the folder's permissions",
    },
    notRegular: {
      zh: "这不是普通文件（是管道、设备或套接字），没有读取。目录文件应是普通的 .yaml 文件",
      en: "This is not a regular file (it is a pipe, a device or a socket) and was not read. Catalog files are plain .yaml files",
    },
    tooLarge: {
      zh: "文件有 {{size}} MB，超过了 {{limit}} MB 的上限，没有检查。一个目录文件通常不到 1 MB；如确需检查更大的文件，可在 catalog.config.yaml 中设置 validate.maxFileSize（单位 MB）",
      en: "The file is {{size}} MB, over the {{limit}} MB limit, and was not checked. A catalog file is usually under 1 MB; to check larger files, set validate.maxFileSize (in MB) in catalog.config.yaml",
    },
  },
});
