import { GuideLink } from "@/components/guide-link";
import { useGuideLinks } from "@/components/embed-context";
import { Snippet, StartingPoints } from "./snippet";
import type { OnYourSiteProps } from "./snippets";

/**
 * The page for site owners, in Spanish, "tú" (src/routes/on-your-site.tsx): the same as prose-en.tsx,
 * with snippets that open the guide in Spanish (`data-lang="es"`, `/embed/es`).
 */
export function OnYourSiteEs({ snippets, question, starts }: OnYourSiteProps) {
  const links = useGuideLinks();
  return (
    <>
      <div className="prose">
        <p>
          Si tus lectores preguntan por qué sus me gusta de TikTok siguen desapareciendo, muéstrales esta guía en tu propia
          página. Recorren las mismas preguntas y los mismos arreglos sin salir de ella.
        </p>
        <h2>Pega una línea</h2>
        <p>Ponla donde quieras que aparezca la guía, en español:</p>
      </div>
      <Snippet id="snippet-script" code={snippets.script} />
      <div className="prose">
        <ul>
          <li>El marco crece y se achica con cada paso, así que tu página se desplaza como una sola, sin una segunda barra.</li>
          <li>Toma el aspecto claro u oscuro de tu página. Para elegir uno, agrega <code>data-scheme="light"</code> o <code>data-scheme="dark"</code> al script.</li>
          <li>
            Para la guía en inglés, quita <code>data-lang="es"</code>: se abre en inglés (<code>/embed</code>), con los mismos
            pasos.
          </li>
          <li>Los enlaces que salen de la guía, como sus fuentes, se abren en otra pestaña; tu página se queda donde estaba.</li>
          <li>Compartir un paso desde el marco, o su código QR, da la dirección de ese paso en este sitio.</li>
          <li>
            Sin cookies ni rastreadores, ni en tu página ni en el marco. Las respuestas que se tocan en el marco se cuentan
            igual que aquí (<GuideLink {...links.page("/how-we-count")}>cómo contamos</GuideLink>).
          </li>
        </ul>
        <h2>Empezar en una pregunta</h2>
        <p>
          El marco se abre en la primera página de la guía. Si tu página trata de uno de los problemas, sáltate la pregunta
          &ldquo;{question}&rdquo; con <code>data-start</code>:
        </p>
      </div>
      <StartingPoints starts={starts} snippets={snippets} />
      <div className="prose">
        <h2>Si tu sitio no permite scripts</h2>
        <p>
          Un marco simple también funciona. No puede crecer con el paso, así que dale una altura; agrega{" "}
          <code>?scheme=dark</code> a la dirección para el aspecto oscuro.
        </p>
      </div>
      <Snippet id="snippet-iframe" code={snippets.iframe} />
      <div className="prose">
        <p>
          El marco funciona en cualquier página servida por https. No se puede cambiar desde tu página, y todas las demás
          páginas de este sitio siguen negándose a mostrarse dentro de otro sitio.
        </p>
      </div>
    </>
  );
}
